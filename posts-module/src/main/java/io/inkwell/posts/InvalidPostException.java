package io.inkwell.posts;

/** A field the form can point at (a taken slug, a non-http image URL, an unknown category). */
public class InvalidPostException extends RuntimeException {

    private final String field;

    public InvalidPostException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
