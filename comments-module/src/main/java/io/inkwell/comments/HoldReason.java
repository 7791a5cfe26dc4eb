package io.inkwell.comments;

/**
 * The rule that held a comment or made it spam, shown to moderators in the queue (in the site's language:
 * {@code enum.HoldReason.<CONSTANT>} in the web application's bundles).
 */
public enum HoldReason {

    /** The author has no approved comment yet, and the site holds first comments (a guest's always). */
    FIRST_COMMENT,
    /** The site holds every comment. */
    ALL_HELD,
    /** More links than the site allows in one comment. */
    LINKS,
    /** A blocked word in the text, or in a guest's name or email. */
    BLOCKED_WORD,
    /** The same text from the same author within an hour. */
    DUPLICATE,
    /** The field people never see was filled in. */
    HONEYPOT,
    /** Sent sooner after the form was shown than a person types. */
    TOO_FAST,
    /** No token of the site's form, or one for another post. */
    NO_FORM,
    /** A moderator marked it as spam. */
    MODERATOR,
    /** Its author was banned while it waited. */
    BANNED;

    /** The rules whose comments are spam at once rather than held. */
    public boolean isSpam() {
        return this == HONEYPOT || this == TOO_FAST || this == NO_FORM || this == MODERATOR || this == BANNED;
    }
}
