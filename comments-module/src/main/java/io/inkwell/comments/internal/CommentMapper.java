package io.inkwell.comments.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CommentMapper {

    Optional<CommentRow> selectById(@Param("id") UUID id);

    int insert(CommentRow row);

    /** Writes the content, the edited mark and the deletion time. */
    int update(CommentRow row);

    int deleteById(@Param("id") UUID id);

    /** From the counter table; posts without a live comment are left out. */
    List<PostCommentCount> countByPostIds(@Param("postIds") Collection<UUID> postIds);

    long countByPostId(@Param("postId") UUID postId);

    /** At most {@code limit} comments of a post in reply order (path order), after {@code after} when it is set. */
    List<CommentRow> selectThreadPage(@Param("postId") UUID postId, @Param("after") String after, @Param("limit") int limit);

    /**
     * At most {@code limit} of the comment with path {@code root} and everything beneath it, in reply order,
     * after {@code after} when it is set (a path within the subtree).
     */
    List<CommentRow> selectSubtreePage(@Param("postId") UUID postId, @Param("root") String root,
            @Param("after") String after, @Param("limit") int limit);

    /** The comments just before this one in its thread, at most {@code limit} of them counted. */
    ThreadPosition selectPosition(@Param("id") UUID id, @Param("limit") int limit);

    /** Newest first; paged by PagedQueries. */
    List<CommentRow> selectLatest();

    List<DayCount> countPerDay(@Param("from") Instant from, @Param("until") Instant until);

    Optional<CommentRow> selectByIdForUpdate(@Param("id") UUID id);

    boolean hasReplies(@Param("id") UUID id);

    /** Whether the comment has a reply other than {@code besides}. */
    boolean hasRepliesBesides(@Param("id") UUID id, @Param("besides") UUID besides);

    int markDeleted(@Param("id") UUID id);

    /** Every comment of a post, placeholders included: the post is gone. */
    int deleteByPostId(@Param("postId") UUID postId);

    int deleteCountOf(@Param("postId") UUID postId);

    /** An imported comment, with the other site's date; its path comes from the trigger, in insertion order. */
    int insertImported(CommentRow row);

    List<CommentRow> selectByIds(@Param("ids") Collection<UUID> ids);

    /** Comments after (postId, path), in (post_id, path) order: a range of comments_thread_idx. */
    List<CommentRow> selectExportBatch(@Param("postId") UUID postId, @Param("path") String path, @Param("limit") int limit);
}
