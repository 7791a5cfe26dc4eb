package io.inkwell.comments;

import java.util.UUID;

/**
 * A comment just written. {@code awaitingModeration}: readers do not see it yet (held, or kept as spam, which
 * its writer is told in the same words, or a reply to a comment still held).
 */
public record PostedComment(UUID id, boolean awaitingModeration) {
}
