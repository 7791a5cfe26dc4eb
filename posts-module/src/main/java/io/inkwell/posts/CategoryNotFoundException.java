package io.inkwell.posts;

/** The category does not exist: a 404. */
public class CategoryNotFoundException extends RuntimeException {

    public CategoryNotFoundException(String message) {
        super(message);
    }
}
