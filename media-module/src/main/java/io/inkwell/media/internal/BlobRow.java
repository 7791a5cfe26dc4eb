package io.inkwell.media.internal;

/** The bytes of one blob ({@code media_blobs.data}). */
record BlobRow(byte[] data) {
}
