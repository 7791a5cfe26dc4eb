package io.inkwell.web.comments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new comment or reply ({@code parentId} set), or the new text of an edited one. The post comes from the URL. */
record CommentForm(
        UUID parentId,
        @NotBlank(message = "Write something first: the comment is empty.")
        @Size(max = CommentForm.MAX_LENGTH, message = "A comment can be at most 5000 characters long.")
        String content) {

    static final int MAX_LENGTH = 5000;

    static CommentForm empty(UUID parentId) {
        return new CommentForm(parentId, "");
    }
}
