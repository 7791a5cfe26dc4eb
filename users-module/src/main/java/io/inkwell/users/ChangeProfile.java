package io.inkwell.users;

import java.util.UUID;

/** A person's own name and avatar; a blank avatar URL removes the avatar, otherwise it must be http(s). */
public record ChangeProfile(UUID userId, String name, String avatarUrl) {
}
