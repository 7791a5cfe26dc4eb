package io.inkwell.web.comments;

import static io.inkwell.comments.CommentLimits.TEXT_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new comment or reply ({@code parentId} set), or the new text of an edited one. The post comes from the URL. */
record CommentForm(
        UUID parentId,
        @NotBlank(message = "{refused.comment.empty}")
        @Size(max = TEXT_MAX, message = "{validation.commentTooLong}")
        String content) {

    static CommentForm empty(UUID parentId) {
        return new CommentForm(parentId, "");
    }
}
