package io.inkwell.media.internal;

import java.util.UUID;

/** One row of {@code media_references}: a post that shows a file. */
record ReferenceRow(String mediaHash, UUID referrerId) {
}
