package io.inkwell.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The held comments noted for each moderator, and when each was last sent a digest of them. */
@Mapper
interface ModerationDigestMapper {

    /** 0 when the moderator already has this comment noted (an event delivered twice, or held again after an edit). */
    int insertItem(@Param("userId") UUID userId, @Param("commentId") UUID commentId, @Param("postId") UUID postId,
            @Param("heldAt") Instant heldAt);

    /** Makes the moderator's row if missing, as never mailed. */
    int insertDigestIfMissing(@Param("userId") UUID userId);

    /** Whether a digest went to the moderator within {@code seconds}; locks their row until the transaction ends. */
    boolean mailedWithin(@Param("userId") UUID userId, @Param("seconds") long seconds);

    /** The comments noted for the moderator, in the order they were held. */
    List<DigestItem> selectItems(@Param("userId") UUID userId);

    int deleteItems(@Param("userId") UUID userId, @Param("commentIds") Collection<UUID> commentIds);

    int touchDigest(@Param("userId") UUID userId);

    /** Moderators with noted comments whose last digest is at least {@code seconds} old (or who never had one). */
    List<UUID> selectDueModerators(@Param("seconds") long seconds, @Param("limit") int limit);
}
