package io.inkwell.comments;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Published in the transaction that adds a comment or reply, and stored with it by the event publication
 * registry, for whoever tells people about it (the mail context's notifications). {@code parentAuthorId} is
 * the author of the comment replied to (null for a comment on the post itself); {@code excerpt} the start of
 * the text, at most {@link #EXCERPT_MAX} characters.
 */
@NamedInterface("events")
public record CommentAdded(UUID commentId, UUID postId, UUID authorId, UUID parentId, UUID parentAuthorId, String excerpt) {

    public static final int EXCERPT_MAX = 300;
}
