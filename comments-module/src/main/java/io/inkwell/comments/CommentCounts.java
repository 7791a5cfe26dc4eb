package io.inkwell.comments;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Live comments per post, read from a counter the database keeps: one primary-key lookup per post. */
public interface CommentCounts {

    /** A whole page of cards in one statement; posts without comments are absent from the map. */
    Map<UUID, Long> countsByPostIds(Collection<UUID> postIds);

    /** Comments of one post, "[deleted]" placeholders left out. */
    long countOf(UUID postId);
}
