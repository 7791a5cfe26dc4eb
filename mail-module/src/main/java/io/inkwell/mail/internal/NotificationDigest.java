package io.inkwell.mail.internal;

import io.inkwell.mail.MailLinks;
import io.inkwell.mail.NotificationKind;
import io.inkwell.mail.Notifications;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.MailContact;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One mail per person and post at most every {@link Notifications#PER_THREAD_INTERVAL}: it gathers every
 * comment waiting for that person on that post. The thread's row is locked while a mail is made, so two
 * comments arriving at once make one mail, not two.
 */
@Component
class NotificationDigest {

    private static final int DUE_BATCH = 100;

    private final NotificationMapper notifications;
    private final NotificationService preferences;
    private final PostAdministration posts;
    private final UserDirectory people;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailLinks links;
    private final TransactionTemplate eachThread;

    NotificationDigest(NotificationMapper notifications, NotificationService preferences, PostAdministration posts,
            UserDirectory people, MailTemplates templates, Outbox outbox, MailLinks links, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.posts = posts;
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.eachThread = new TransactionTemplate(transactions);
    }

    /** The worker's round: every thread whose wait is over, each in a transaction of its own. */
    void mailDueThreads() {
        for (DueThread thread : notifications.selectDueThreads(interval(), DUE_BATCH)) {
            eachThread.executeWithoutResult(status -> mailIfDue(thread.userId(), thread.postId()));
        }
    }

    /** Mails what waits for this person on this post, unless they were mailed about it within the interval. */
    @Transactional(propagation = Propagation.MANDATORY)
    void mailIfDue(UUID userId, UUID postId) {
        notifications.insertThreadIfMissing(userId, postId);
        if (notifications.mailedWithin(userId, postId, interval())) {
            return;
        }
        List<NotificationItemRow> items = notifications.selectItems(userId, postId);
        if (items.isEmpty()) {
            return;
        }
        notifications.deleteItems(items.stream().map(NotificationItemRow::id).toList());
        Optional<MailContact> contact = Optional.ofNullable(people.mailContactsOf(List.of(userId)).get(userId));
        Optional<PostSummary> post = posts.byIds(List.of(postId)).stream().findFirst();
        if (contact.isEmpty() || post.isEmpty()) {
            // Nobody to write to (suspended, unconfirmed address) or nothing to write about (the post is gone).
            return;
        }
        notifications.touchThread(userId, postId);
        outbox.write(mail(contact.get(), post.get(), items));
    }

    private OutgoingMail mail(MailContact contact, PostSummary post, List<NotificationItemRow> items) {
        Map<UUID, UserSummary> authors = people.summariesOf(items.stream().map(NotificationItemRow::authorId).toList());
        String token = preferences.preferencesOf(contact.id()).unsubscribeToken();
        boolean onlyReplies = items.stream().allMatch(item -> NotificationItemRow.REPLY.equals(item.kind()));
        NotificationKind kind = onlyReplies ? NotificationKind.REPLIES : NotificationKind.COMMENTS_ON_POSTS;
        List<NotifiedComment> comments = items.stream().map(item -> {
            UserSummary author = authors.get(item.authorId());
            return new NotifiedComment(author == null ? null : author.name(), NotificationItemRow.REPLY.equals(item.kind()),
                    item.excerpt(), links.comment(post.slug(), item.commentId()));
        }).toList();
        String unsubscribe = links.unsubscribe(token, kind);
        RenderedMail content = templates.render("notification", Map.of("name", contact.name(), "postTitle", post.title(),
                "comments", comments, "onlyReplies", onlyReplies, "unsubscribeLink", unsubscribe, "settingsLink", links.account()));
        return new OutgoingMail("notification", contact.email(), content, unsubscribe);
    }

    /** One comment of a notification, as its templates show it; {@code author} null when the account is gone ("Someone"). */
    record NotifiedComment(String author, boolean reply, String excerpt, String link) {
    }

    private static long interval() {
        return Notifications.PER_THREAD_INTERVAL.toSeconds();
    }
}
