package io.inkwell.posts;

import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;

/**
 * The saves of a post or a page, newest first, for the revision list, "Compare" and "Restore this revision".
 * Reading them needs the right to edit what they belong to (a post's: {@link Actor#mayEditDraft} while it is in
 * draft, {@link Actor#mayChangePost} after; a page's: {@link Actor#mayManagePages()}), else
 * {@link NotAllowedException}. A post or page that does not exist is a {@link PostNotFoundException} or
 * {@link PageNotFoundException}, a revision it does not have a {@link RevisionNotFoundException}.
 *
 * <p>Kept are the newest {@link PostLimits#REVISIONS_KEPT} of each post or page and every revision that was
 * published; older ones are deleted in the background.
 */
public interface Revisions {

    RevisionList list(Actor actor, RevisionOf subject, PageRequest request);

    Revision revision(Actor actor, RevisionOf subject, int number);

    /**
     * A line diff from revision {@code older} to revision {@code newer} (either order is shown oldest first); the
     * lines of the title, excerpt, categories and tags are labelled with {@code words}.
     */
    RevisionComparison compare(Actor actor, RevisionOf subject, int older, int newer, RevisionWords words);
}
