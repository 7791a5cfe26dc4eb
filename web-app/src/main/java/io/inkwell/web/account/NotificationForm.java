package io.inkwell.web.account;

import io.inkwell.mail.NotificationChoices;

/**
 * The notification checkboxes; an unticked one sends nothing. The staff's two are shown to editors and admins only;
 * for anyone else the service keeps what was stored.
 */
record NotificationForm(Boolean replies, Boolean commentsOnPosts, Boolean postsForReview, Boolean heldComments) {

    NotificationChoices choices() {
        return new NotificationChoices(Boolean.TRUE.equals(replies), Boolean.TRUE.equals(commentsOnPosts),
                Boolean.TRUE.equals(postsForReview), Boolean.TRUE.equals(heldComments));
    }
}
