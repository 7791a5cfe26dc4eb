package io.inkwell.mail;

/**
 * Which notification mails a person gets; every kind is on until they turn it off. The staff's kinds
 * ({@link NotificationKind#isForStaff()}) matter only while the person is an editor or admin.
 */
public record NotificationChoices(boolean replies, boolean commentsOnPosts, boolean postsForReview, boolean heldComments) {

    public static NotificationChoices all() {
        return new NotificationChoices(true, true, true, true);
    }

    public boolean wants(NotificationKind kind) {
        return switch (kind) {
            case REPLIES -> replies;
            case COMMENTS_ON_POSTS -> commentsOnPosts;
            case POSTS_FOR_REVIEW -> postsForReview;
            case HELD_COMMENTS -> heldComments;
        };
    }

    /** These choices with {@code kind} turned off, the others as they are. */
    public NotificationChoices without(NotificationKind kind) {
        return new NotificationChoices(replies && kind != NotificationKind.REPLIES,
                commentsOnPosts && kind != NotificationKind.COMMENTS_ON_POSTS,
                postsForReview && kind != NotificationKind.POSTS_FOR_REVIEW,
                heldComments && kind != NotificationKind.HELD_COMMENTS);
    }

    /** These choices of the kinds everyone has, with the staff's kinds taken from {@code staffChoices}. */
    public NotificationChoices withStaffKindsOf(NotificationChoices staffChoices) {
        return new NotificationChoices(replies, commentsOnPosts, staffChoices.postsForReview, staffChoices.heldComments);
    }
}
