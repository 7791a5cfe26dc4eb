package io.inkwell.mail.internal;

import java.time.Instant;
import java.util.UUID;

/** A held comment noted for a moderator's next digest. */
record DigestItem(UUID commentId, UUID postId, Instant heldAt) {
}
