package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * Writes of the posts context, each one transaction. Each asks the actor first: writing a draft needs a
 * contributor or more ({@link Actor#mayWritePosts()}), editing one needs its author or an editor
 * ({@link Actor#mayEditDraft(UUID)}), and everything that makes a post public, or changes it once it is, needs
 * its author as an author (not a contributor) or an editor ({@link Actor#mayChangePost(UUID)}); anyone else gets
 * {@link NotAllowedException}, whichever route they came by. Also throws {@link PostNotFoundException},
 * {@link StalePostException}, {@link InvalidPostException}.
 *
 * <p>Every save keeps a revision of what was saved ({@link Revisions}); a save that changes nothing keeps none.
 */
public interface PostCommands {

    PostRef create(Actor actor, PostDraft draft, Publication publication);

    PostRef update(Actor actor, UUID postId, int version, PostDraft draft, Publication publication);

    /** As {@link #create(Actor, PostDraft, Publication)} with "Publish" ({@code true}) or "Save draft". */
    PostRef create(Actor actor, PostDraft draft, boolean publish);

    /** As {@link #update(Actor, UUID, int, PostDraft, Publication)} with "Publish" ({@code true}) or "Save". */
    PostRef update(Actor actor, UUID postId, int version, PostDraft draft, boolean publish);

    /** Publishes now; a scheduled post goes out at once, a published one stays as it is. */
    PostRef publish(Actor actor, UUID postId);

    /**
     * Schedules (or reschedules) a post that is not public: at {@code at} the site publishes it, with that time
     * as its publication date, and {@link PostPublished} is announced as for any publication.
     */
    PostRef schedule(Actor actor, UUID postId, PublishTime at);

    /** A draft goes to the editors' review queue ("Pending review"); any earlier review note is cleared. */
    PostRef submitForReview(Actor actor, UUID postId);

    /** A reviewer returns a pending post to its author's drafts with a note the author reads in the editor. */
    PostRef sendBack(Actor actor, UUID postId, String note);

    PostRef archive(Actor actor, UUID postId);

    /** Back to draft from any other status: a scheduled post leaves the schedule, a published one the site. */
    PostRef returnToDraft(Actor actor, UUID postId);

    void delete(Actor actor, UUID postId);

    /**
     * The sanitised HTML a post with this Markdown would show, for the editor's preview; refuses text that
     * could not be saved either ({@link InvalidPostException} on {@code content}).
     */
    String preview(String markdown);

    /** Counts one view of a published post. */
    void recordView(UUID postId);
}
