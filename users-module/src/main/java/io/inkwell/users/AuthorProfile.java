package io.inkwell.users;

import java.time.Instant;
import java.util.UUID;

/**
 * The public profile page of a person. A deleted account keeps its name (its posts stay readable)
 * but shows no avatar.
 */
public record AuthorProfile(UUID id, String name, String avatarUrl, Instant joinedAt, boolean deleted) {
}
