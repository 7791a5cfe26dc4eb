package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;

/** Read side of the posts context for the public site. */
public interface PostQueries {

    /** Published posts, newest first. */
    Page<PostSummary> latestPublished(PageRequest request);

    /** Comments may only be added to published posts. */
    boolean isPublished(java.util.UUID postId);
}
