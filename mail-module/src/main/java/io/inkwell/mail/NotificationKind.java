package io.inkwell.mail;

import java.util.Locale;
import java.util.Optional;

/** What a person can be told about by mail; each can be turned off on /account and by one click in a mail. */
public enum NotificationKind {
    /** A reply to one of the person's comments. */
    REPLIES,
    /** A comment on one of the person's posts. */
    COMMENTS_ON_POSTS,
    /** A post submitted for review: for editors and admins. */
    POSTS_FOR_REVIEW,
    /** The digest of comments held for moderation: for editors and admins. */
    HELD_COMMENTS;

    /** As it appears in an unsubscribe link: {@code replies}, {@code comments-on-posts}, {@code posts-for-review}… */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Mail only editors and admins get: nobody else is offered the choice. */
    public boolean isForStaff() {
        return this == POSTS_FOR_REVIEW || this == HELD_COMMENTS;
    }

    public static Optional<NotificationKind> ofSlug(String slug) {
        for (NotificationKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
