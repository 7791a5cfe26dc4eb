package io.inkwell.posts;

/** Category names are unique whatever their case; the form shows this next to the name. */
public class DuplicateCategoryException extends RuntimeException {

    public DuplicateCategoryException(String name) {
        super("A category named \"" + name + "\" already exists.");
    }
}
