package io.inkwell.posts.internal;

import io.inkwell.posts.RelatedPost;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The related posts under a post page: one statement, every step of it along an index. */
@Mapper
interface RelatedPostMapper {

    /**
     * Up to {@code limit} published posts related to {@code postId} (a published or archived post), best first;
     * each of its tags and categories, and its author, contribute the {@code near} posts nearest in time on
     * either side.
     */
    List<RelatedPost> selectRelated(@Param("postId") UUID postId, @Param("near") int near, @Param("limit") int limit);
}
