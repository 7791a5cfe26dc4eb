package io.inkwell.mail.internal;

import io.inkwell.comments.CommentHeld;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.HeldComment;
import io.inkwell.mail.MailLinks;
import io.inkwell.mail.NotificationKind;
import io.inkwell.mail.Notifications;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.MailContact;
import io.inkwell.users.UserDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderators' digest of held comments. The listener notes each held comment for every editor and admin who
 * wants {@link NotificationKind#HELD_COMMENTS} (durably: the event publication registry keeps the event until the
 * note is committed); the delivery worker's round then mails each moderator whose last digest is at least
 * {@link Notifications#PER_THREAD_INTERVAL} old one mail listing what was noted for them since, leaving out the
 * comments a moderator approved, marked as spam or deleted meanwhile. The moderator's row is locked while their
 * digest is made, so two workers, on one instance or several, never send it twice.
 */
@Component
class ModerationDigest {

    private static final int DUE_BATCH = 100;

    private final ModerationDigestMapper digests;
    private final NotificationService preferences;
    private final UserDirectory people;
    private final CommentModeration comments;
    private final PostAdministration posts;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailLinks links;
    private final DeliverySignal signal;
    private final TransactionTemplate eachModerator;

    ModerationDigest(ModerationDigestMapper digests, NotificationService preferences, UserDirectory people,
            CommentModeration comments, PostAdministration posts, MailTemplates templates, Outbox outbox, MailLinks links,
            DeliverySignal signal, PlatformTransactionManager transactions) {
        this.digests = digests;
        this.preferences = preferences;
        this.people = people;
        this.comments = comments;
        this.posts = posts;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.signal = signal;
        this.eachModerator = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener
    void on(CommentHeld held) {
        boolean noted = false;
        for (MailContact moderator : people.staffMailContacts()) {
            if (preferences.preferencesOf(moderator.id()).choices().wants(NotificationKind.HELD_COMMENTS)) {
                noted |= digests.insertItem(moderator.id(), held.commentId(), held.postId(), held.heldAt()) == 1;
            }
        }
        if (noted) {
            // The worker's next round makes the digests that are due; it need not wait for its poll.
            signal.mailDueAfterCommit();
        }
    }

    /** The worker's round: every moderator whose digest is due, each in a transaction of its own. */
    void mailDueDigests() {
        for (UUID moderator : digests.selectDueModerators(interval(), DUE_BATCH)) {
            eachModerator.executeWithoutResult(status -> mailIfDue(moderator));
        }
    }

    /** Mails what was noted for this moderator, unless a digest went to them within the interval. */
    @Transactional(propagation = Propagation.MANDATORY)
    void mailIfDue(UUID moderatorId) {
        digests.insertDigestIfMissing(moderatorId);
        if (digests.mailedWithin(moderatorId, interval())) {
            return;
        }
        List<DigestItem> items = digests.selectItems(moderatorId);
        if (items.isEmpty()) {
            return;
        }
        List<UUID> commentIds = items.stream().map(DigestItem::commentId).toList();
        digests.deleteItems(moderatorId, commentIds);
        Optional<MailContact> moderator = people.staffMailContacts().stream()
                .filter(staff -> staff.id().equals(moderatorId)).findFirst();
        PreferencesRow choices = preferences.preferencesOf(moderatorId);
        if (moderator.isEmpty() || !choices.choices().wants(NotificationKind.HELD_COMMENTS)) {
            // No longer staff, active or confirmed, or they turned the digest off since: the notes go unmailed.
            return;
        }
        List<HeldComment> stillHeld = comments.stillHeld(commentIds);
        if (stillHeld.isEmpty()) {
            // Every one was dealt with before the digest went out: nothing to tell, and the next one is not held back.
            return;
        }
        Map<UUID, String> titles = posts.byIds(stillHeld.stream().map(HeldComment::postId).distinct().toList()).stream()
                .collect(Collectors.toMap(PostSummary::id, PostSummary::title, (first, second) -> first));
        digests.touchDigest(moderatorId);
        outbox.write(mail(moderator.get(), choices.unsubscribeToken(), stillHeld, titles));
    }

    private OutgoingMail mail(MailContact moderator, String token, List<HeldComment> held, Map<UUID, String> titles) {
        String unsubscribe = links.unsubscribe(token, NotificationKind.HELD_COMMENTS);
        List<DigestComment> listed = held.stream().map(comment -> new DigestComment(titles.get(comment.postId()),
                comment.authorName(), comment.excerpt(), comment.reason().name())).toList();
        RenderedMail content = templates.render("held-comments", Map.of("name", moderator.name(), "comments", listed,
                "queueLink", links.heldComments(), "unsubscribeLink", unsubscribe, "settingsLink", links.account()));
        return new OutgoingMail("notification", moderator.email(), content, unsubscribe);
    }

    /** One held comment as the digest's templates show it; {@code postTitle} null when the post is gone. */
    record DigestComment(String postTitle, String author, String excerpt, String reason) {
    }

    private static long interval() {
        return Notifications.PER_THREAD_INTERVAL.toSeconds();
    }
}
