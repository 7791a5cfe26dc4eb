package io.inkwell.comments;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Comment counts for listing cards: a whole page of posts in one query. */
public interface CommentCounts {

    /** Visible comments per post; posts without comments are absent from the map. */
    Map<UUID, Long> countsByPostIds(Collection<UUID> postIds);
}
