package io.inkwell.posts;

/**
 * Where a post stands. Drafts, posts pending review and scheduled posts are private to their author and the
 * editors; published posts are public; archived posts leave listings but keep their URL.
 */
public enum PostStatus {
    DRAFT, PENDING, SCHEDULED, PUBLISHED, ARCHIVED;

    /** Not out yet: seen only by its author and the editors. */
    public boolean isPrivate() {
        return this == DRAFT || this == PENDING || this == SCHEDULED;
    }

    /** Still being written or reviewed: a contributor may edit their own post in these states. */
    public boolean isInDraft() {
        return this == DRAFT || this == PENDING;
    }
}
