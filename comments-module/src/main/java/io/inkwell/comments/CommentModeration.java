package io.inkwell.comments;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the admin pages read and do of the comments: the moderation queue, its actions and the dashboard's daily
 * counts. The queue and its actions are for those who moderate comments ({@link Actor#mayModerateComments()});
 * anyone else gets {@link NotAllowedException}.
 */
public interface CommentModeration {

    /** Comments one action takes at once: a page of the queue. */
    int MAX_SELECTED = 100;

    /**
     * A page of a tab, newest first, after {@code after} (empty: the first page); {@code postId} narrows it to one
     * post's comments (null: the whole site). Every tab's count comes in the same statement.
     */
    ModerationQueue queue(Actor moderator, QueueTab tab, Optional<QueueCursor> after, UUID postId);

    /**
     * Applies {@code action} to every comment of {@code commentIds}, all or none: a comment deleted meanwhile, one
     * outside {@code withinPost} (when set), or one the action does not apply to (an author who moderates comments
     * cannot be banned) is a {@link ModerationRefusedException} and nothing changes. Returns how many comments it
     * was applied to.
     */
    int moderate(Actor moderator, ModerationAction action, Collection<UUID> commentIds, UUID withinPost);

    /**
     * Which of {@code commentIds} still wait for a moderator (held, not deleted), oldest first, with their authors'
     * names; two statements whatever their number. For the moderators' digest mail, which leaves out a comment
     * approved or marked as spam before it went out; it shows nothing a moderator would not see in the queue.
     */
    List<HeldComment> stillHeld(Collection<UUID> commentIds);

    /** Approved comments written per UTC day from {@code firstDay} to {@code lastDay}, days without comments as 0. */
    List<DailyCommentCount> perDay(LocalDate firstDay, LocalDate lastDay);
}
