package io.inkwell.posts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The revisions of posts and pages. Every statement names its subject by {@code postId} or by {@code pageId}
 * (the other null), and reads {@code revisions_post_number_uk} or {@code revisions_page_number_uk}.
 */
@Mapper
interface RevisionMapper {

    Optional<RevisionRow> selectNewest(@Param("postId") UUID postId, @Param("pageId") UUID pageId);

    int insert(RevisionRow row);

    int markPublished(@Param("id") UUID id);

    /** The newest revision of each of these posts becomes a published one (they were just published). */
    int markNewestOfPostsPublished(@Param("postIds") Collection<UUID> postIds);

    int markNewestOfPagePublished(@Param("pageId") UUID pageId);

    /** Revision {@code number}, unless it was published, is left for the background pruning. */
    int markPrunable(@Param("postId") UUID postId, @Param("pageId") UUID pageId, @Param("number") int number);

    /** Newest first, without the texts; paged by PageHelper. */
    List<RevisionRow> selectSummaries(@Param("postId") UUID postId, @Param("pageId") UUID pageId);

    Optional<RevisionRow> selectByNumber(@Param("postId") UUID postId, @Param("pageId") UUID pageId,
                                         @Param("number") int number);

    /** Deletes up to {@code limit} prunable revisions, skipping rows another instance is deleting. */
    int deletePrunable(@Param("limit") int limit);
}
