package io.inkwell.mail.internal;

import java.util.UUID;

/** A person and a post with notifications waiting. */
record DueThread(UUID userId, UUID postId) {
}
