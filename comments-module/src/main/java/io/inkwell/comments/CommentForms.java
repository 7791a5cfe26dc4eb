package io.inkwell.comments;

import java.util.UUID;

/**
 * The token every comment form carries. It says when the form was shown and is signed with a key of the site,
 * so a robot cannot make one up: a comment sent without a valid token, or sooner after the form was shown than
 * a person types, is kept as spam without a word (the sender sees the usual confirmation).
 */
public interface CommentForms {

    /** The token of a comment form on this post shown now. Runs no statement (the key is read at start-up). */
    String tokenFor(UUID postId);
}
