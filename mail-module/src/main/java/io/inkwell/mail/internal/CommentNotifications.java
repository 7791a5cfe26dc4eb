package io.inkwell.mail.internal;

import io.inkwell.comments.CommentApproved;
import io.inkwell.comments.CommentPosted;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.mail.NotificationKind;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a new comment: the author of the comment it replies to, and the post's author, each once
 * (a reply to the post author's own comment is a reply), never the commenter, and only for the kinds they
 * want. Runs after the comment committed, in a transaction of its own; the event publication registry keeps
 * the event until this completes. Each item is then mailed at once, or gathered into the next mail of its
 * post if one went to that person within the quarter hour. A held comment is told of when a moderator approves it,
 * as readers see it only then. A comment without an account is not told of: the mail names its writer's account.
 */
@Component
class CommentNotifications {

    private final PostAdministration posts;
    private final NotificationService preferences;
    private final NotificationMapper notifications;
    private final NotificationDigest digest;

    CommentNotifications(PostAdministration posts, NotificationService preferences, NotificationMapper notifications,
            NotificationDigest digest) {
        this.posts = posts;
        this.preferences = preferences;
        this.notifications = notifications;
        this.digest = digest;
    }

    @ApplicationModuleListener
    void on(CommentPosted comment) {
        tell(comment.commentId(), comment.postId(), comment.authorId(), comment.parentAuthorId(), comment.excerpt());
    }

    @ApplicationModuleListener
    void on(CommentApproved comment) {
        tell(comment.commentId(), comment.postId(), comment.authorId(), comment.parentAuthorId(), comment.excerpt());
    }

    private void tell(UUID commentId, UUID postId, UUID authorId, UUID parentAuthorId, String excerpt) {
        if (authorId == null) {
            return;
        }
        Optional<PostSummary> post = posts.byIds(List.of(postId)).stream().findFirst();
        if (post.isEmpty()) {
            return;
        }
        Map<UUID, NotificationKind> recipients = new LinkedHashMap<>();
        if (parentAuthorId != null) {
            recipients.put(parentAuthorId, NotificationKind.REPLIES);
        }
        recipients.putIfAbsent(post.get().authorId(), NotificationKind.COMMENTS_ON_POSTS);
        recipients.remove(authorId);
        recipients.forEach((person, kind) -> {
            PreferencesRow row = preferences.preferencesOf(person);
            if (row.choices().wants(kind)) {
                notifications.insertItem(TimeOrderedIds.next(), person, postId, commentId,
                        kind == NotificationKind.REPLIES ? NotificationItemRow.REPLY : NotificationItemRow.COMMENT_ON_POST,
                        authorId, excerpt);
                digest.mailIfDue(person, postId);
            }
        });
    }
}
