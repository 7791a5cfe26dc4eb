package io.inkwell.comments.internal;

import io.inkwell.users.Actor;
import java.util.UUID;

/** Who writes a comment: an account (and whether it moderates comments), or a guest by name and email. */
record Author(UUID userId, boolean moderator, String guestName, String guestEmail) {

    static Author of(Actor actor) {
        return new Author(actor.userId(), actor.mayModerateComments(), null, null);
    }

    static Author guest(String name, String email) {
        return new Author(null, false, name, email);
    }

    boolean isGuest() {
        return userId == null;
    }
}
