package io.inkwell.users;

import java.util.UUID;

/** Where to write to a person, and the name to greet them with. */
public record MailContact(UUID id, String email, String name) {
}
