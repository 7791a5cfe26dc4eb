package io.inkwell.media.internal;

/** One row of {@code media_variants}: a stored image of a file. */
record VariantRow(String mediaHash, String variant, int width, int height, int byteSize) {
}
