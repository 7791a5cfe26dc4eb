package io.inkwell.posts;

/** A field of the page form that cannot be saved as it is (an empty title, a reserved or taken slug, too long a text). */
public class InvalidPageException extends RuntimeException {

    private final String field;

    public InvalidPageException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
