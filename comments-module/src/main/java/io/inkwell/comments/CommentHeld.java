package io.inkwell.comments;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A new or edited comment waits for a moderator ({@code reason} says which rule held it). Published in the
 * transaction that holds it; comments kept as spam at once publish nothing, as moderators need not act on them.
 */
@NamedInterface("events")
public record CommentHeld(UUID commentId, UUID postId, HoldReason reason, Instant heldAt) {
}
