package io.inkwell.media;

/**
 * An image as it was sent: its bytes, the file name the browser gave (shown, cleaned, never used as a path)
 * and the alt text. The type is read from the bytes, never from the name or a Content-Type.
 */
public record UploadImage(byte[] bytes, String fileName, String altText) {
}
