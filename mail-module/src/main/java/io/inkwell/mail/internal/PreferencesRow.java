package io.inkwell.mail.internal;

import io.inkwell.mail.NotificationChoices;

/** A person's stored choices and the secret of their unsubscribe links. */
record PreferencesRow(boolean replies, boolean commentsOnPosts, boolean postsForReview, boolean heldComments,
                      String unsubscribeToken) {

    NotificationChoices choices() {
        return new NotificationChoices(replies, commentsOnPosts, postsForReview, heldComments);
    }
}
