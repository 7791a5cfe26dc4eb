package io.inkwell.posts;

/**
 * How long the texts of posts, categories and tags may be, and how many tags a post takes. The services check them, the forms and their
 * {@code maxlength} read them, and the schema's CHECK constraints hold the same numbers (the posts
 * module's schema test inserts one character over each to keep them together).
 */
public final class PostLimits {

    public static final int TITLE_MAX = 255;
    /** Short enough that any "-N" suffix stays inside the column's limit (300). */
    public static final int SLUG_MAX = 80;
    public static final int CONTENT_MAX = 200_000;
    public static final int EXCERPT_MAX = 1000;
    public static final int IMAGE_URL_MAX = 500;
    /** Results pages show about 60 characters of a title; the limit leaves room without allowing an essay. */
    public static final int SEO_TITLE_MAX = 150;
    /** Results pages show about 155 characters of a description. */
    public static final int META_DESCRIPTION_MAX = 300;
    public static final int CATEGORY_NAME_MAX = 100;
    public static final int CATEGORY_DESCRIPTION_MAX = 2000;
    public static final int TAG_NAME_MAX = 50;
    /** Tags are for finding a post again, not for listing every word of it. */
    public static final int TAGS_PER_POST_MAX = 10;
    /** The note an editor writes when sending a submitted post back. */
    public static final int REVIEW_NOTE_MAX = 2000;
    /** How far ahead a post may be scheduled: further is more likely a typo in the year than a plan. */
    public static final int SCHEDULE_YEARS_MAX = 5;
    /** How many of a post's (or page's) newest revisions are kept; older ones go unless they were published. */
    public static final int REVISIONS_KEPT = 50;
    /** The Tags field's text as an autosave keeps it (a save allows far fewer names than this fits). */
    public static final int TAGS_FIELD_MAX = 1000;

    private PostLimits() {
    }
}
