package io.inkwell.posts.internal;

import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PageSummary;
import io.inkwell.posts.SitemapEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PageMapper {

    Optional<PageRow> selectById(@Param("id") UUID id);

    /** The row, locked until the transaction ends. */
    Optional<PageRow> selectByIdForUpdate(@Param("id") UUID id);

    int insert(PageRow row);

    /** Optimistic: 0 when the row's version is no longer {@code row.version()}. */
    int update(PageRow row);

    int updateStatus(@Param("id") UUID id, @Param("status") PageStatus status, @Param("publishedAt") Instant publishedAt);

    int deleteById(@Param("id") UUID id);

    /** Paged by PageHelper. */
    List<PageSummary> selectForAdmin();

    Optional<PageRow> selectPublishedBySlug(@Param("slug") String slug);

    Optional<String> selectSlugByOldSlug(@Param("oldSlug") String oldSlug);

    List<String> selectTakenSlugs(@Param("base") String base);

    int lockSlugBase(@Param("base") String base);

    boolean existsSlugOfOtherPage(@Param("slug") String slug, @Param("pageId") UUID pageId);

    int upsertSlugHistory(@Param("oldSlug") String oldSlug, @Param("pageId") UUID pageId);

    int deleteSlugHistory(@Param("slug") String slug);

    /** {@code language}: the code of the language the query is read in, as {@link PostMapper#search}. */
    List<PageSearchRow> search(@Param("language") String language, @Param("query") String query, @Param("limit") int limit);

    List<SitemapEntry> selectSitemap(@Param("limit") int limit);

    /** Published pages by title; a site has a handful, so no paging. */
    List<PageSummary> selectPublishedByTitle();

    List<PageSummary> selectPublishedByIds(@Param("ids") Collection<UUID> ids);

    /** An imported page, with the other site's dates. */
    int insertImported(PageRow row);

    /** Pages of any status after {@code after} (all when null) in id order. */
    List<PageRow> selectExportBatch(@Param("after") UUID after, @Param("limit") int limit);
}
