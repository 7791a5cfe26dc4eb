package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;

/** What an author reads of their own work: their posts of every status, and a post as the edit form starts from it. */
public interface PostAuthoring {

    /** An author's own posts of every status (or one status), newest first; counted, for their dashboard. */
    Page<PostSummary> ownPosts(UUID authorId, PostStatus status, PageRequest request);

    /**
     * For the edit form, refused by the rule of the save it leads to: {@link NotAllowedException} unless the
     * actor may edit this post (a draft or a post awaiting review: its author or an editor; later: its author if
     * they may publish, or an editor); {@link PostNotFoundException} when there is none.
     */
    PostForEditing forEditing(UUID postId, Actor actor);
}
