package io.inkwell.posts.internal;

import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.PostStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PostMapper {

    Optional<PostRow> selectById(@Param("id") UUID id);

    /** The row, locked until the transaction ends. */
    Optional<PostRow> selectByIdForUpdate(@Param("id") UUID id);

    int insert(PostRow row);

    /** Optimistic: 0 when the row's version is no longer {@code row.version()}. */
    int update(PostRow row);

    int deleteById(@Param("id") UUID id);

    List<SummaryRow> selectPublished(@Param("before") Cursor before, @Param("limit") int limit);

    List<SummaryRow> selectPublishedInCategory(@Param("categoryId") UUID categoryId, @Param("before") Cursor before,
                                               @Param("limit") int limit);

    List<SummaryRow> selectPublishedByAuthor(@Param("authorId") UUID authorId, @Param("before") Cursor before,
                                             @Param("limit") int limit);

    /** Paged by PageHelper. */
    List<SummaryRow> selectByAuthor(@Param("authorId") UUID authorId, @Param("status") PostStatus status);

    /** Paged by PageHelper. */
    List<SummaryRow> selectForAdmin(@Param("filter") AdminPostFilter filter);

    List<SummaryRow> selectByIds(@Param("ids") Collection<UUID> ids);

    List<TrendingRow> selectTrendingThisWeek(@Param("limit") int limit);

    /** Categories, then tags, of each post. */
    List<LinkRow> selectLinks(@Param("postIds") Collection<UUID> postIds);

    List<DetailRow> selectDetailBySlug(@Param("slug") String slug);

    Optional<String> selectSlugByOldSlug(@Param("oldSlug") String oldSlug);

    List<String> selectTakenSlugs(@Param("base") String base);

    int lockSlugBase(@Param("base") String base);

    boolean existsSlugOfOtherPost(@Param("slug") String slug, @Param("postId") UUID postId);

    int upsertSlugHistory(@Param("oldSlug") String oldSlug, @Param("postId") UUID postId);

    int deleteSlugHistory(@Param("slug") String slug);

    /** To any status but scheduled; the schedule's time is cleared. */
    int updateStatus(@Param("id") UUID id, @Param("status") PostStatus status, @Param("publishedAt") Instant publishedAt);

    int updateSchedule(@Param("id") UUID id, @Param("scheduledAt") Instant scheduledAt);

    int updateReview(@Param("id") UUID id, @Param("status") PostStatus status, @Param("note") String note,
                     @Param("reviewedBy") UUID reviewedBy, @Param("reviewedAt") Instant reviewedAt);

    int addViewCounts(@Param("counts") List<ViewCount> counts);

    List<UUID> selectCategoryIds(@Param("postId") UUID postId);

    int insertCategoryLinks(@Param("postId") UUID postId, @Param("categoryIds") Collection<UUID> categoryIds);

    int deleteCategoryLinks(@Param("postId") UUID postId, @Param("categoryIds") Collection<UUID> categoryIds);

    List<StatusCountRow> countByStatus();

    List<WeekRow> countPublishedPerWeek(@Param("since") Instant since);

    /** {@code language}: the code of the language the query is read in (its text search configuration). */
    List<SearchRow> search(@Param("language") String language, @Param("query") String query, @Param("limit") int limit,
                           @Param("offset") long offset);

    long countSearchHits(@Param("language") String language, @Param("query") String query, @Param("cap") int cap);

    /** An imported post, with the other site's dates. */
    int insertImported(PostRow row);

    /** Posts of any status after {@code after} (all when null) in id order: a range of the primary key. */
    List<PostRow> selectExportBatch(@Param("after") UUID after, @Param("limit") int limit);

    /** Everyone who wrote a post: an index-only scan of posts_author_created_idx. */
    List<UUID> selectAuthorIds();
}
