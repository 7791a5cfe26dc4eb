package io.inkwell.web.account;

import io.inkwell.mail.NotificationChoices;

/** The notification checkboxes; an unticked one sends nothing. */
record NotificationForm(Boolean replies, Boolean commentsOnPosts) {

    NotificationChoices choices() {
        return new NotificationChoices(Boolean.TRUE.equals(replies), Boolean.TRUE.equals(commentsOnPosts));
    }
}
