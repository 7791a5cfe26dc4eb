package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A comment readers see at once was written. Published in the transaction that stores it, delivered to
 * listeners after it commits (mail can tell the author of the comment replied to).
 *
 * @param authorId       null for a comment without an account
 * @param parentId       null for a top-level comment
 * @param parentAuthorId the account that wrote the comment replied to; null for a top-level comment or a guest's
 * @param excerpt        the start of the text, at most {@link #EXCERPT_MAX} characters (for notification mails)
 */
@NamedInterface("events")
public record CommentPosted(UUID commentId, UUID postId, UUID authorId, UUID parentId, UUID parentAuthorId, Instant postedAt,
                            String excerpt) {

    public static final int EXCERPT_MAX = 300;
}
