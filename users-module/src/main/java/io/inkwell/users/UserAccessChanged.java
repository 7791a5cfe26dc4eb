package io.inkwell.users;

import java.util.UUID;

/** Published when an admin changes an account's role or status; listeners run after the change commits. */
public record UserAccessChanged(UUID userId, Role role, UserStatus status) {
}
