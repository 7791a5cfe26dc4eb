package io.inkwell.comments.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The comments themselves: one comment at a time, a page of a thread, and what the new-comment rules ask. */
@Mapper
interface CommentMapper {

    Optional<CommentRow> selectById(@Param("id") UUID id);

    List<CommentRow> selectByIds(@Param("ids") Collection<UUID> ids);

    /** Locks them in thread order, (post, path), the order every command locks comments in. */
    List<CommentRow> selectByIdsForUpdate(@Param("ids") Collection<UUID> ids);

    /** The comments of a post at these paths (a reply's ancestors), held FOR SHARE until the transaction ends. */
    List<CommentRow> selectAncestorsForShare(@Param("postId") UUID postId, @Param("paths") Collection<String> paths);

    int insert(CommentRow row);

    /** Writes the content, the edited mark and the deletion time. */
    int update(CommentRow row);

    int deleteById(@Param("id") UUID id);

    /** From the counter table; posts without a counted comment are left out. */
    List<PostCommentCount> countByPostIds(@Param("postIds") Collection<UUID> postIds);

    long countByPostId(@Param("postId") UUID postId);

    /**
     * At most {@code limit} comments of a post in reply order (path order) as a viewer sees them, after
     * {@code after} when it is set; with {@code root} set, only that comment and the ones beneath it.
     *
     * @param viewerId  the signed-in reader, whose own comments awaiting moderation are shown too; null when anonymous
     * @param moderator shows every held, waiting and hidden comment
     */
    List<CommentRow> selectThreadPage(@Param("postId") UUID postId, @Param("root") String root, @Param("after") String after,
            @Param("limit") int limit, @Param("viewerId") UUID viewerId, @Param("moderator") boolean moderator);

    /** The comments just before this one in its thread, at most {@code limit} of them counted. */
    ThreadPosition selectPosition(@Param("id") UUID id, @Param("limit") int limit);

    List<DayCount> countPerDay(@Param("from") Instant from, @Param("until") Instant until);

    Optional<CommentRow> selectByIdForUpdate(@Param("id") UUID id);

    boolean hasReplies(@Param("id") UUID id);

    /** Whether the comment has a reply other than {@code besides}. */
    boolean hasRepliesBesides(@Param("id") UUID id, @Param("besides") UUID besides);

    int markDeleted(@Param("id") UUID id);

    /** Whether the account ({@code authorId}) or else the guest ({@code guestEmail}) has an approved comment. */
    boolean hasApprovedComment(@Param("authorId") UUID authorId, @Param("guestEmail") String guestEmail);

    /** Whether the account or else the guest wrote exactly this text at or after {@code since}. */
    boolean hasSameTextSince(@Param("authorId") UUID authorId, @Param("guestEmail") String guestEmail,
            @Param("content") String content, @Param("since") Instant since);

    /** Every comment of a post, placeholders included: the post is gone. */
    int deleteByPostId(@Param("postId") UUID postId);

    int deleteCountOf(@Param("postId") UUID postId);

    /** An imported comment, with the other site's date; its path comes from the trigger, in insertion order. */
    int insertImported(CommentRow row);


    /** Comments after (postId, path), in (post_id, path) order: a range of comments_thread_idx. */
    List<CommentRow> selectExportBatch(@Param("postId") UUID postId, @Param("path") String path, @Param("limit") int limit);
}
