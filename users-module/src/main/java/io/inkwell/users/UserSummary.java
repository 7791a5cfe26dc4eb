package io.inkwell.users;

import java.util.UUID;

/** The public face of a person, as other contexts show it next to posts and comments. */
public record UserSummary(UUID id, String name, String avatarUrl) {
}
