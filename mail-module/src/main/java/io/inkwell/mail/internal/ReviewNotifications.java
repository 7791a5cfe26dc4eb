package io.inkwell.mail.internal;

import io.inkwell.mail.MailLinks;
import io.inkwell.mail.NotificationKind;
import io.inkwell.posts.PostSubmitted;
import io.inkwell.users.MailContact;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the editors and admins of a post submitted for review: each active one with a confirmed address who wants
 * {@link NotificationKind#POSTS_FOR_REVIEW}, never its author or whoever submitted it. Runs after the submission
 * committed, in a transaction of its own, and writes one mail per person at once.
 *
 * <p>Unlike comments, submissions are not gathered into a mail per post every quarter hour: a post is submitted
 * once per review round (saving it while it waits announces nothing), so there is no flood to gather, and a post
 * sent back and submitted again within the quarter hour is a new round its reviewers must hear of.
 */
@Component
class ReviewNotifications {

    private final UserDirectory people;
    private final NotificationService preferences;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailLinks links;

    ReviewNotifications(UserDirectory people, NotificationService preferences, MailTemplates templates, Outbox outbox,
            MailLinks links) {
        this.people = people;
        this.preferences = preferences;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(PostSubmitted post) {
        List<MailContact> reviewers = people.staffMailContacts().stream()
                .filter(staff -> !staff.id().equals(post.authorId()) && !staff.id().equals(post.submittedBy())).toList();
        if (reviewers.isEmpty()) {
            return;
        }
        UserSummary author = people.summariesOf(List.of(post.authorId())).get(post.authorId());
        for (MailContact reviewer : reviewers) {
            PreferencesRow row = preferences.preferencesOf(reviewer.id());
            if (row.choices().wants(NotificationKind.POSTS_FOR_REVIEW)) {
                outbox.write(mail(reviewer, row.unsubscribeToken(), post, author == null ? null : author.name()));
            }
        }
    }

    private OutgoingMail mail(MailContact reviewer, String token, PostSubmitted post, String authorName) {
        String unsubscribe = links.unsubscribe(token, NotificationKind.POSTS_FOR_REVIEW);
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", reviewer.name());
        variables.put("postTitle", post.title());
        variables.put("author", authorName);
        variables.put("reviewLink", links.postReview(post.postId()));
        variables.put("unsubscribeLink", unsubscribe);
        variables.put("settingsLink", links.account());
        return new OutgoingMail("notification", reviewer.email(), templates.render("post-for-review", variables), unsubscribe);
    }
}
