package io.inkwell.comments;

import java.util.UUID;

/**
 * A new comment, or a reply when {@code parentId} is set. {@code submission} is how a person sent it (a form
 * of the site): the spam rules read it. Code that writes comments itself (the demo site) leaves it out.
 */
public record AddComment(UUID postId, UUID parentId, String content, Submission submission) {

    /** A comment written by the application itself, not sent through a form. */
    public AddComment(UUID postId, UUID parentId, String content) {
        this(postId, parentId, content, null);
    }
}
