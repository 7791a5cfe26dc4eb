package io.inkwell.mail.internal;

import io.inkwell.mail.NotificationChoices;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    /** The person's row, made with every kind on and this token if there was none. */
    int insertPreferencesIfMissing(@Param("userId") UUID userId, @Param("token") String token);

    Optional<PreferencesRow> selectPreferences(@Param("userId") UUID userId);

    int updateChoices(@Param("userId") UUID userId, @Param("choices") NotificationChoices choices);

    boolean existsToken(@Param("token") String token);

    /** Turns off, for the person of this token, each kind {@code kept} has off; 0 for an unknown token. */
    int unsubscribe(@Param("token") String token, @Param("kept") NotificationChoices kept);

    /** 0 when the person already has an item for this comment (an event delivered twice). */
    int insertItem(@Param("id") UUID id, @Param("userId") UUID userId, @Param("postId") UUID postId,
            @Param("commentId") UUID commentId, @Param("kind") String kind, @Param("authorId") UUID authorId,
            @Param("excerpt") String excerpt);

    /** Makes the thread's row if missing (as never mailed) and locks it: one mail per person and post at a time. */
    int insertThreadIfMissing(@Param("userId") UUID userId, @Param("postId") UUID postId);

    /** Whether the thread was mailed within {@code seconds}; reads the row locked by the insert above. */
    boolean mailedWithin(@Param("userId") UUID userId, @Param("postId") UUID postId, @Param("seconds") long seconds);

    List<NotificationItemRow> selectItems(@Param("userId") UUID userId, @Param("postId") UUID postId);

    int deleteItems(@Param("ids") Collection<UUID> ids);

    int touchThread(@Param("userId") UUID userId, @Param("postId") UUID postId);

    /** People and posts with items whose thread was not mailed within {@code seconds}. */
    List<DueThread> selectDueThreads(@Param("seconds") long seconds, @Param("limit") int limit);
}
