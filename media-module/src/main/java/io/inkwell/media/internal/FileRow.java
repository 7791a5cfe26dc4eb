package io.inkwell.media.internal;

/** One row of {@code media_files}: a distinct uploaded file, by the SHA-256 of its bytes. */
record FileRow(String hash, String format, int width, int height) {
}
