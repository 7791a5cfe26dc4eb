package io.inkwell.users;

import java.util.UUID;

/** What a person sees of their own account on the account page. */
public record Account(UUID id, String email, String name, String avatarUrl, boolean emailConfirmed) {
}
