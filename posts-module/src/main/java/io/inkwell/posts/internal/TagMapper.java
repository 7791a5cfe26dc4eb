package io.inkwell.posts.internal;

import io.inkwell.posts.FeedPost;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tags, the links of posts to them ({@code post_tags}) and the slugs tags had before. */
@Mapper
interface TagMapper {

    Optional<TagRow> selectById(@Param("id") UUID id);

    List<TagRow> selectByIds(@Param("ids") Collection<UUID> ids);

    Optional<TagRow> selectBySlug(@Param("slug") String slug);

    /** Whatever the case of {@code name}. */
    Optional<TagRow> selectByName(@Param("name") String name);

    /** The tags of these names, whatever their case. */
    List<TagRow> selectByNames(@Param("names") Collection<String> names);

    /** The tags with published posts, most used first, then by name. */
    List<TagRow> selectPopular(@Param("limit") int limit, @Param("offset") long offset);

    /** Every tag by name. Paged by PageHelper. */
    List<TagRow> selectAll();

    /** Tags with published posts by slug after {@code afterSlug} (from the first when null), along tags_slug_uk. */
    List<TagRow> selectListedBySlugAfter(@Param("afterSlug") String afterSlug, @Param("limit") int limit);

    /** Locks the rows in id order, so a merge and a publisher lock shared tags in one order; unknown ids are left out. */
    List<TagRow> selectByIdsForUpdate(@Param("ids") Collection<UUID> ids);

    /** Serialises every transaction that creates or renames tags, until it ends: names and slugs never race. */
    int lockNames();

    /**
     * Taken by every post command before it locks anything, until it ends: no tag is merged or deleted meanwhile,
     * so the command never links a post to a tag that is going away.
     */
    int lockLinksShared();

    /**
     * Taken by a merge or a deletion of a tag before it locks anything: it waits for the post commands under way,
     * and the next ones wait for it. Their row locks (post, links, tag counters) and its own never interleave.
     */
    int lockLinksExclusive();

    List<String> selectTakenSlugs(@Param("base") String base, @Param("exceptId") UUID exceptId);

    /** 0 when a tag of that name (whatever its case) exists. */
    int insert(TagRow row);

    int updateName(@Param("id") UUID id, @Param("name") String name, @Param("slug") String slug);

    int deleteById(@Param("id") UUID id);

    Optional<String> selectSlugByOldSlug(@Param("oldSlug") String oldSlug);

    int upsertSlugHistory(@Param("oldSlug") String oldSlug, @Param("tagId") UUID tagId);

    /** A slug a live tag takes answers for that tag, no longer as a redirect. */
    int deleteSlugHistory(@Param("slug") String slug);

    int moveSlugHistory(@Param("fromId") UUID fromId, @Param("intoId") UUID intoId);

    /** One set-based statement: every link of {@code fromId} becomes a link of {@code intoId} unless the post has both. */
    int moveLinks(@Param("fromId") UUID fromId, @Param("intoId") UUID intoId);

    List<UUID> selectTagIdsOfPost(@Param("postId") UUID postId);

    List<String> selectTagNamesOfPost(@Param("postId") UUID postId);

    int insertLinks(@Param("postId") UUID postId, @Param("tagIds") Collection<UUID> tagIds);

    int deleteLinks(@Param("postId") UUID postId, @Param("tagIds") Collection<UUID> tagIds);

    List<SummaryRow> selectPublishedWithTag(@Param("tagId") UUID tagId, @Param("before") Cursor before,
                                            @Param("limit") int limit);

}
