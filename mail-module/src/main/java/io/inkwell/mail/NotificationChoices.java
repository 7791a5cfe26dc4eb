package io.inkwell.mail;

/** Which notification mails a person gets; every kind is on until they turn it off. */
public record NotificationChoices(boolean replies, boolean commentsOnPosts) {

    public static NotificationChoices all() {
        return new NotificationChoices(true, true);
    }

    public boolean wants(NotificationKind kind) {
        return kind == NotificationKind.REPLIES ? replies : commentsOnPosts;
    }
}
