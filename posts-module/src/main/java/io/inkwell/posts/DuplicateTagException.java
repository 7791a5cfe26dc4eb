package io.inkwell.posts;

/** Tag names are unique whatever their case; the rename form shows this next to the name. */
public class DuplicateTagException extends RuntimeException {

    public DuplicateTagException(String name) {
        super("A tag named \"" + name + "\" already exists.");
    }
}
