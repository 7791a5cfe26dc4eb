package io.inkwell.comments;

/**
 * What a post page says about its comments.
 *
 * @param comments       approved comments readers see, "[deleted]" placeholders left out
 * @param takesComments  the post is published
 * @param closedByAuthor its author switched comments off in the editor
 * @param closedSiteWide the site's settings close comments everywhere
 */
public record ThreadStatus(long comments, boolean takesComments, boolean closedByAuthor, boolean closedSiteWide) {

    /** Whether the post takes new comments and replies now. */
    public boolean open() {
        return takesComments && !closedByAuthor && !closedSiteWide;
    }
}
