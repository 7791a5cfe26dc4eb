package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import java.util.UUID;

/** What an author reads of their own work: their posts of every status, and a post as the edit form starts from it. */
public interface PostAuthoring {

    /** An author's own posts of every status (or one status), newest first; counted, for their dashboard. */
    Page<PostSummary> ownPosts(UUID authorId, PostStatus status, PageRequest request);

    /** For the edit form; throws {@link PostNotFoundException} or {@link PostAccessDeniedException}. */
    PostForEditing forEditing(UUID postId, Actor actor);
}
