package io.inkwell.media.internal;

import java.time.Instant;
import java.util.UUID;

/** A library entry with one of its file's variants: a page of entries is read as these, in one statement. */
record ItemVariantRow(UUID id, String mediaHash, UUID uploaderId, String fileName, String altText, Instant createdAt,
                      String format, String variant, int width, int height, int byteSize) {

    ItemRow item() {
        return new ItemRow(id, mediaHash, uploaderId, fileName, altText, createdAt, format);
    }

    VariantRow variantRow() {
        return new VariantRow(mediaHash, variant, width, height, byteSize);
    }
}
