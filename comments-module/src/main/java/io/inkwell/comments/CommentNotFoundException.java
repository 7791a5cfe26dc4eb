package io.inkwell.comments;

import java.util.UUID;

public class CommentNotFoundException extends RuntimeException {

    public CommentNotFoundException(UUID id) {
        super("No comment " + id);
    }
}
