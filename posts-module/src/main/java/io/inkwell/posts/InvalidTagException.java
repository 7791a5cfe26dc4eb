package io.inkwell.posts;

/** A tag name the site does not take (empty, too long, with a comma), or a merge of a tag into itself. */
public class InvalidTagException extends RuntimeException {

    public InvalidTagException(String message) {
        super(message);
    }
}
