package io.inkwell.media.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code media_items} with its file's format. */
record ItemRow(UUID id, String mediaHash, UUID uploaderId, String fileName, String altText, Instant createdAt, String format) {
}
