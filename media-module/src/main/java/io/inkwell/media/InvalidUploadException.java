package io.inkwell.media;

import io.inkwell.db.Refusal;

/**
 * An upload refused for what was sent: {@code field} is {@code image} (empty, too large, not an image this site
 * takes, damaged, too many pixels) or {@code altText}; {@link #refusal()} says why in words the site can show in
 * its language ({@link #getMessage()} is the English of it). Nothing of it was stored.
 */
public class InvalidUploadException extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    public InvalidUploadException(String field, Refusal refusal) {
        super(refusal.english());
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }
}
