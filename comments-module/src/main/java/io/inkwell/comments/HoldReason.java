package io.inkwell.comments;

/** The rule that held a comment or made it spam, shown in the moderation queue. */
public enum HoldReason {

    FIRST_COMMENT("First comment of its author"),
    ALL_HELD("Every comment is held"),
    LINKS("Too many links"),
    BLOCKED_WORD("A blocked word"),
    DUPLICATE("The same text twice within an hour"),
    HONEYPOT("Filled in the hidden field"),
    TOO_FAST("Sent too soon after the form was opened"),
    NO_FORM("Not sent from the site's form"),
    MODERATOR("Marked as spam by a moderator"),
    BANNED("Its author is banned");

    private final String label;

    HoldReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rules whose comments are spam at once rather than held. */
    public boolean isSpam() {
        return this == HONEYPOT || this == TOO_FAST || this == NO_FORM || this == MODERATOR || this == BANNED;
    }
}
