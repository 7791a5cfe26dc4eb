package io.inkwell.comments;

/**
 * How long a comment, and a guest's name and email, may be. The comment service checks them, the comment
 * forms and their {@code maxlength} read them, and the comments table's CHECK constraints hold the same numbers
 * (the comments module's schema test inserts one character over each).
 */
public final class CommentLimits {

    /** Characters (code points) of the trimmed text. */
    public static final int TEXT_MAX = 5000;

    /** The name a guest (a reader without an account) gives, trimmed. */
    public static final int GUEST_NAME_MAX = 60;

    /** A guest's email, as an email address can be long. */
    public static final int GUEST_EMAIL_MAX = 254;

    private CommentLimits() {
    }
}
