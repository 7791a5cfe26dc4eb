package io.inkwell.posts;

/** A draft page is seen only in its editor; a published one answers at {@code /{slug}}. */
public enum PageStatus {
    DRAFT, PUBLISHED
}
