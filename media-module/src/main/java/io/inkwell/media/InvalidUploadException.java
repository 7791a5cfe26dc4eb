package io.inkwell.media;

/**
 * An upload refused for what was sent: {@code field} is {@code image} (empty, too large, not an image this site
 * takes, damaged, too many pixels) or {@code altText}. Nothing of it was stored.
 */
public class InvalidUploadException extends RuntimeException {

    private final String field;

    public InvalidUploadException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
