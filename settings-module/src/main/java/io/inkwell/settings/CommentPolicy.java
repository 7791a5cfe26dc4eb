package io.inkwell.settings;

import java.util.List;

/**
 * How the site takes comments, as the comments context applies it to every new comment.
 *
 * @param guestComments   readers without an account may comment with a name and an email (held the first time)
 * @param blockedWords    words and phrases, lower case, that hold a comment containing one as whole words
 * @param maxLinks        links a comment may carry; one more holds it
 * @param reportThreshold readers' reports that put a comment in the moderation queue's "Reported" tab
 */
public record CommentPolicy(CommentApproval approval, boolean guestComments, List<String> blockedWords, int maxLinks,
                            int reportThreshold) {

    public static final int DEFAULT_MAX_LINKS = 2;
    public static final int DEFAULT_REPORT_THRESHOLD = 3;

    public CommentPolicy {
        blockedWords = List.copyOf(blockedWords);
    }

    /** Every site had this before it had a policy: comments open to signed-in readers, nothing blocked. */
    public static CommentPolicy defaults() {
        return new CommentPolicy(CommentApproval.OPEN, false, List.of(), DEFAULT_MAX_LINKS, DEFAULT_REPORT_THRESHOLD);
    }

    /** The blocked words one per line, as the settings form shows them. */
    public String blockedWordsText() {
        return String.join("\n", blockedWords);
    }
}
