package io.inkwell.users;

import java.util.Objects;
import java.util.UUID;

/**
 * Who performs a command, as every context's services need it for ownership checks: "own" things
 * belong to {@code userId}; an admin may act on anyone's.
 */
public record Actor(UUID userId, Role role) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** May this actor change something owned by {@code ownerId}? */
    public boolean mayModify(UUID ownerId) {
        return isAdmin() || userId.equals(ownerId);
    }

    /** Users and admins write posts; guests only comment. */
    public boolean mayWritePosts() {
        return role == Role.ADMIN || role == Role.USER;
    }
}
