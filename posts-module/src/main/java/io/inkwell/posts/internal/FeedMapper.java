package io.inkwell.posts.internal;

import io.inkwell.posts.FeedPost;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The Atom feeds' statements: the newest published posts with their stored HTML, one statement per feed. */
@Mapper
interface FeedMapper {

    List<FeedPost> selectLatest(@Param("limit") int limit);

    List<FeedPost> selectLatestInCategory(@Param("categoryId") UUID categoryId, @Param("limit") int limit);

    List<FeedPost> selectLatestWithTag(@Param("tagId") UUID tagId, @Param("limit") int limit);

    List<FeedPost> selectLatestByAuthor(@Param("authorId") UUID authorId, @Param("limit") int limit);
}
