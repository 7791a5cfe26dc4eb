package io.inkwell.users;

import java.util.UUID;

/** How an account is reached and named, for an export of the whole site: its email, its name and its role. */
public record AccountContact(UUID id, String email, String name, Role role) {
}
