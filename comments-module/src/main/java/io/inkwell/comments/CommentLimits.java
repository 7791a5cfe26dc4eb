package io.inkwell.comments;

/**
 * How long a comment may be. The comment service checks it, the comment forms and their
 * {@code maxlength} read it, and the comments table's CHECK constraint holds the same number (the
 * comments module's schema test inserts one character over it).
 */
public final class CommentLimits {

    /** Characters (code points) of the trimmed text. */
    public static final int TEXT_MAX = 5000;

    private CommentLimits() {
    }
}
