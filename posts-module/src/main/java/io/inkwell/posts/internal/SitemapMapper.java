package io.inkwell.posts.internal;

import io.inkwell.posts.AuthorSitemapEntry;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.SitemapEntry;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The sitemap's statements. For each kind of address, one statement finds where each file of
 * {@code fileSize} addresses starts, and one reads a file: the range from a start (inclusive, null: the
 * beginning) to the next (exclusive, null: the end), in the order of an index.
 */
@Mapper
interface SitemapMapper {

    List<PostCursor> selectPostFileStarts(@Param("fileSize") int fileSize);

    List<SitemapEntry> selectPosts(@Param("from") Cursor from, @Param("to") Cursor to, @Param("limit") int limit);

    List<String> selectCategoryFileStarts(@Param("fileSize") int fileSize);

    List<SitemapEntry> selectCategories(@Param("from") String from, @Param("to") String to, @Param("limit") int limit);

    List<String> selectTagFileStarts(@Param("fileSize") int fileSize);

    List<SitemapEntry> selectTags(@Param("from") String from, @Param("to") String to, @Param("limit") int limit);

    List<UUID> selectAuthorFileStarts(@Param("fileSize") int fileSize);

    List<AuthorSitemapEntry> selectAuthors(@Param("from") UUID from, @Param("to") UUID to, @Param("limit") int limit);
}
