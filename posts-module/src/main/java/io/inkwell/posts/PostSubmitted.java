package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A draft was submitted for review: created for review, saved with "Submit for review", or submitted from the list.
 * Published in the transaction of the change, once per review round: saving a post that already awaits review
 * publishes nothing, a post sent back and submitted again publishes it again.
 *
 * @param authorId    the post's author
 * @param submittedBy who submitted it (the author, or an editor on their behalf)
 * @param title       the title it was submitted with
 */
@NamedInterface("events")
public record PostSubmitted(UUID postId, UUID authorId, UUID submittedBy, String title, Instant submittedAt) {
}
