package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/**
 * Writes of the posts context, each one transaction. Each asks the actor first: writing needs an active
 * author ({@link Actor#mayWritePosts()}), changing a post needs its author or an editor
 * ({@link Actor#mayChangePost(UUID)}); anyone else gets {@link NotAllowedException}, whichever route they
 * came by. Also throws {@link PostNotFoundException}, {@link StalePostException}, {@link InvalidPostException}.
 */
public interface PostCommands {

    PostRef create(Actor actor, PostDraft draft, boolean publish);

    PostRef update(Actor actor, UUID postId, int version, PostDraft draft, boolean publish);

    PostRef publish(Actor actor, UUID postId);

    PostRef archive(Actor actor, UUID postId);

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
