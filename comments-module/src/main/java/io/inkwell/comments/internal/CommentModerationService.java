package io.inkwell.comments.internal;

import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.DailyCommentCount;
import io.inkwell.comments.HeldComment;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.ModerationAction;
import io.inkwell.comments.ModerationQueue;
import io.inkwell.comments.ModerationRefusedException;
import io.inkwell.comments.QueueCounts;
import io.inkwell.comments.QueueCursor;
import io.inkwell.comments.QueueTab;
import io.inkwell.comments.QueuedComment;
import io.inkwell.db.Refusal;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserSignIn;
import io.inkwell.users.UserSummary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentModerationService implements CommentModeration {

    /** Comments a page of the queue shows. */
    static final int PAGE_SIZE = 50;

    private static final Refusal NOTHING_CHANGED = Refusal.of("refused.moderation.nothingChanged", "Nothing was changed.");

    private final CommentMapper comments;
    private final ModerationMapper moderation;
    private final PostThreadMapper threads;
    private final CommentAuthors authors;
    private final CommentStanding standing;
    private final CommentRemoval removal;
    private final SiteSettings settings;
    private final UserSignIn accounts;

    CommentModerationService(CommentMapper comments, ModerationMapper moderation, PostThreadMapper threads,
            CommentAuthors authors, CommentStanding standing, CommentRemoval removal, SiteSettings settings,
            UserSignIn accounts) {
        this.comments = comments;
        this.moderation = moderation;
        this.threads = threads;
        this.authors = authors;
        this.standing = standing;
        this.removal = removal;
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public ModerationQueue queue(Actor moderator, QueueTab tab, Optional<QueueCursor> after, UUID postId) {
        CommentRules.checkMayModerate(moderator);
        int threshold = settings.current().settings().comments().reportThreshold();
        QueueCounts counts = moderation.selectQueueCounts(threshold, postId, QueueCounts.CAP);
        List<CommentRow> rows = moderation.selectQueuePage(tab, threshold, postId,
                after.map(QueueCursor::createdAt).orElse(null), after.map(QueueCursor::id).orElse(null), PAGE_SIZE + 1);
        List<CommentRow> shown = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
        Map<UUID, UserSummary> names = authors.of(shown);
        QueueCursor next = rows.size() > PAGE_SIZE
                ? new QueueCursor(shown.get(PAGE_SIZE - 1).createdAt(), shown.get(PAGE_SIZE - 1).id()) : null;
        return new ModerationQueue(tab, postId, shown.stream().map(row -> queued(row, names)).toList(), next, counts);
    }

    private static QueuedComment queued(CommentRow row, Map<UUID, UserSummary> names) {
        return new QueuedComment(row.id(), row.postId(), row.parentId(), row.authorId(),
                row.isDeleted() ? null : ThreadAssembler.nameOf(row, names), row.isGuest(), row.content(), row.status(),
                row.heldReason(), row.reportCount(), row.addressHash(), CommentText.links(row.content()), row.isHidden(),
                row.id().equals(row.hiddenRootId()), row.isLocked(), row.waitingOnId() != null, row.isDeleted(),
                row.createdAt());
    }

    @Override
    public List<HeldComment> stillHeld(Collection<UUID> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        List<CommentRow> rows = moderation.selectHeldByIds(commentIds.stream().distinct().toList());
        Map<UUID, UserSummary> names = authors.of(rows);
        return rows.stream().map(row -> new HeldComment(row.id(), row.postId(), ThreadAssembler.nameOf(row, names),
                CommentService.excerpt(row.content()), row.heldReason(), row.createdAt())).toList();
    }

    /**
     * Checks every selected comment before changing any, then applies the action to each in thread order. The
     * posts' thread rows are taken first (FOR SHARE, as every comment write does), then the comments FOR UPDATE,
     * in thread order: the order replies and single commands lock them in.
     */
    @Override
    @Transactional
    public int moderate(Actor moderator, ModerationAction action, Collection<UUID> commentIds, UUID withinPost) {
        CommentRules.checkMayModerate(moderator);
        Set<UUID> ids = new LinkedHashSet<>(commentIds);
        if (ids.isEmpty()) {
            throw new ModerationRefusedException(
                    Refusal.of("refused.moderation.noneSelected", "Select at least one comment first."));
        }
        if (ids.size() > MAX_SELECTED) {
            throw new ModerationRefusedException(
                    Refusal.of("refused.moderation.tooMany", "Select at most {0} comments at once.", MAX_SELECTED));
        }
        comments.selectByIds(ids).stream().map(CommentRow::postId).distinct().sorted()
                .forEach(threads::lockTakesComments);
        List<CommentRow> rows = comments.selectByIdsForUpdate(ids);
        checkAll(action, ids, rows, withinPost);
        for (CommentRow row : rows) {
            // An earlier comment of the selection may have changed this one (a thread hidden from above it).
            comments.selectByIdForUpdate(row.id()).filter(current -> !current.isDeleted())
                    .ifPresent(current -> apply(action, current, moderator));
        }
        return rows.size();
    }

    private void checkAll(ModerationAction action, Set<UUID> ids, List<CommentRow> rows, UUID withinPost) {
        long gone = ids.size() - rows.stream().filter(row -> !row.isDeleted()).count();
        if (gone > 0) {
            throw new ModerationRefusedException(List.of(Refusal.of("refused.moderation.gone",
                    "{0,choice,1#One of the selected comments no longer exists|1<{0,number,integer} of the selected "
                            + "comments no longer exist} (deleted meanwhile).", gone), NOTHING_CHANGED));
        }
        if (withinPost != null && rows.stream().anyMatch(row -> !row.postId().equals(withinPost))) {
            throw new ModerationRefusedException(List.of(Refusal.of("refused.moderation.otherPost",
                    "Some of the selected comments belong to another post."), NOTHING_CHANGED));
        }
        List<Refusal> problems = new ArrayList<>();
        for (CommentRow row : rows) {
            refusal(action, row).filter(problem -> !problems.contains(problem)).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            problems.add(NOTHING_CHANGED);
            throw new ModerationRefusedException(problems);
        }
    }

    /** Why the action cannot apply to this comment, if it cannot. */
    private Optional<Refusal> refusal(ModerationAction action, CommentRow row) {
        return switch (action) {
            case HIDE_THREAD -> row.isHidden() ? Optional.of(Refusal.of("refused.moderation.hiddenBefore",
                    "A selected comment is already hidden (its thread, or one above it).")) : Optional.empty();
            case SHOW_THREAD -> row.id().equals(row.hiddenRootId()) ? Optional.empty()
                    : Optional.of(Refusal.of("refused.moderation.notWhereHidden",
                            "A selected comment is not where a hidden thread starts: show the thread from its first comment."));
            case BAN_AUTHOR -> moderatesComments(row)
                    ? Optional.of(Refusal.of("refused.moderation.moderatorNotBanned",
                            "{0} moderates comments and cannot be banned.", ThreadAssembler.nameOf(row, authors.of(List.of(row)))))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private boolean moderatesComments(CommentRow row) {
        return !row.isGuest() && accounts.sessionAccount(row.authorId()).map(SessionAccount::actor)
                .filter(Actor::mayModerateComments).isPresent();
    }

    private void apply(ModerationAction action, CommentRow row, Actor moderator) {
        switch (action) {
            case APPROVE -> standing.approve(row);
            case SPAM -> {
                if (row.status() != CommentStatus.SPAM) {
                    standing.withhold(row, HoldReason.MODERATOR);
                }
            }
            case DELETE -> removal.remove(row);
            case HIDE_THREAD -> {
                if (!row.isHidden()) {
                    moderation.hideThread(row.postId(), row.path(), row.id());
                }
            }
            case SHOW_THREAD -> moderation.showThread(row.postId(), row.path(), row.id());
            case BAN_AUTHOR -> ban(row, moderator);
        }
    }

    /** An author banned before (or by an earlier comment of the selection) stays banned once; held comments become spam. */
    private void ban(CommentRow row, Actor moderator) {
        moderation.insertBan(row.authorId(), row.guestEmail(), moderator.userId());
        moderation.spamHeldCommentsOf(row.authorId(), row.guestEmail());
    }

    @Override
    public List<DailyCommentCount> perDay(LocalDate firstDay, LocalDate lastDay) {
        Map<LocalDate, Long> counted = comments.countPerDay(firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .collect(Collectors.toMap(DayCount::day, DayCount::comments));
        List<DailyCommentCount> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days.add(new DailyCommentCount(day, counted.getOrDefault(day, 0L)));
        }
        return days;
    }
}
