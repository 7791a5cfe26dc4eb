package io.inkwell.mail.internal;

import java.util.UUID;

/** One comment still to tell a person about. */
record NotificationItemRow(UUID id, UUID commentId, String kind, UUID authorId, String excerpt) {

    static final String REPLY = "reply";
    static final String COMMENT_ON_POST = "comment_on_post";
}
