package io.inkwell.posts;

/** Drafts are private to their author and admins; archived posts leave listings but keep their URL. */
public enum PostStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
