package io.inkwell.comments.internal;

import io.inkwell.db.CrudMapper;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CommentMapper extends CrudMapper<CommentRow, UUID> {

    /** From the counter table; posts without a live comment are left out. */
    List<PostCommentCount> countByPostIds(@Param("postIds") Collection<UUID> postIds);

    long countByPostId(@Param("postId") UUID postId);

    /** The whole thread of a post in reply order (path order). */
    List<CommentRow> selectThread(@Param("postId") UUID postId);

    /** The comment with this path and everything beneath it, in reply order. */
    List<CommentRow> selectSubtree(@Param("postId") UUID postId, @Param("path") String path);

    /** Newest first; paged by PagedQueries. */
    List<CommentRow> selectLatest();

    List<CommentRow> selectByAuthor(@Param("authorId") UUID authorId);

    List<DayCount> countPerDay(@Param("from") Instant from, @Param("until") Instant until);

    Optional<CommentRow> selectByIdForUpdate(@Param("id") UUID id);

    boolean hasReplies(@Param("id") UUID id);

    /** Whether the comment has a reply other than {@code besides}. */
    boolean hasRepliesBesides(@Param("id") UUID id, @Param("besides") UUID besides);

    int markDeleted(@Param("id") UUID id);

    /** Serialises one author's comment writes until the transaction ends. */
    int lockAuthor(@Param("authorId") UUID authorId);

    long countInLastMinute(@Param("authorId") UUID authorId);
}
