package io.inkwell.web.security;

import java.time.Instant;

/** One signed-in session in the account's list: which browser, from where, last seen when. */
public record SessionView(String id, String device, String address, Instant lastSeen, boolean current) {
}
