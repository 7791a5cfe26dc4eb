package io.inkwell.web.comments;

import static io.inkwell.comments.CommentLimits.GUEST_EMAIL_MAX;
import static io.inkwell.comments.CommentLimits.GUEST_NAME_MAX;
import static io.inkwell.comments.CommentLimits.TEXT_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A new comment or reply ({@code parentId} set), or the new text of an edited one. The post comes from the URL.
 * A reader without an account also gives {@code name} and {@code email}; the comments service checks those.
 * {@code formToken} and {@code website} are the spam rules' hidden fields: the token says when the form was shown,
 * and {@code website} is the field people never see (the field's name is what robots like to fill in).
 */
record CommentForm(
        UUID parentId,
        @NotBlank(message = "{refused.comment.empty}")
        @Size(max = TEXT_MAX, message = "{validation.commentTooLong}")
        String content,
        @Size(max = GUEST_NAME_MAX, message = "{validation.guestNameTooLong}")
        String name,
        @Size(max = GUEST_EMAIL_MAX, message = "{validation.guestEmailTooLong}")
        String email,
        String formToken,
        String website) {

    /** An empty form shown now, carrying its token (null on a page that shows no form). */
    static CommentForm empty(UUID parentId, String formToken) {
        return new CommentForm(parentId, "", "", "", formToken, "");
    }

    /** The edit form: only the text. */
    static CommentForm editing(String content) {
        return new CommentForm(null, content, null, null, null, null);
    }
}
