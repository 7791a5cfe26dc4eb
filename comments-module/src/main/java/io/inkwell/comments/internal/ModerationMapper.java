package io.inkwell.comments.internal;

import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.QueueCounts;
import io.inkwell.comments.QueueTab;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The moderation queue and what moderators and readers change of a comment's standing: its status, its thread's
 * hidden and locked marks, reports and bans. Every change of a thread is one statement over its path prefix.
 */
@Mapper
interface ModerationMapper {

    /**
     * At most {@code limit} comments of a tab, newest first, after {@code (afterCreatedAt, afterId)} when set;
     * {@code postId} narrows to one post (null: the whole site).
     */
    List<CommentRow> selectQueuePage(@Param("tab") QueueTab tab, @Param("threshold") int threshold,
            @Param("postId") UUID postId, @Param("afterCreatedAt") Instant afterCreatedAt, @Param("afterId") UUID afterId,
            @Param("limit") int limit);

    /** The comments of {@code ids} still held and not deleted, oldest first. */
    List<CommentRow> selectHeldByIds(@Param("ids") Collection<UUID> ids);

    /** Each tab counted up to {@code cap} + 1. */
    QueueCounts selectQueueCounts(@Param("threshold") int threshold, @Param("postId") UUID postId, @Param("cap") int cap);

    int approve(@Param("id") UUID id);

    int withhold(@Param("id") UUID id, @Param("status") CommentStatus status, @Param("reason") HoldReason reason);

    int clearReports(@Param("id") UUID id);

    /** The replies beneath ({@code postId}, {@code path}) that waited for {@code id} now wait for {@code waitingOnId}. */
    int releaseWaiting(@Param("postId") UUID postId, @Param("path") String path, @Param("id") UUID id,
            @Param("waitingOnId") UUID waitingOnId);

    /** The replies beneath it that waited for {@code waitingOnId} (null: for nothing) now wait for {@code id}. */
    int withholdReplies(@Param("postId") UUID postId, @Param("path") String path, @Param("id") UUID id,
            @Param("waitingOnId") UUID waitingOnId);

    int hideThread(@Param("postId") UUID postId, @Param("path") String path, @Param("id") UUID id);

    int showThread(@Param("postId") UUID postId, @Param("path") String path, @Param("id") UUID id);

    int lockThread(@Param("postId") UUID postId, @Param("path") String path, @Param("id") UUID id);

    int unlockThread(@Param("postId") UUID postId, @Param("path") String path, @Param("id") UUID id);

    /** 1 when stored, 0 when this reader had reported it before. */
    int insertReport(@Param("commentId") UUID commentId, @Param("reporterId") UUID reporterId);

    int countReport(@Param("id") UUID id);

    /** An account ({@code userId}) or a guest by email; 0 when already banned. */
    int insertBan(@Param("userId") UUID userId, @Param("guestEmail") String guestEmail, @Param("bannedBy") UUID bannedBy);

    boolean isBanned(@Param("userId") UUID userId, @Param("guestEmail") String guestEmail);

    int spamHeldCommentsOf(@Param("userId") UUID userId, @Param("guestEmail") String guestEmail);
}
