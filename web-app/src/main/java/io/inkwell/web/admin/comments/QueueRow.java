package io.inkwell.web.admin.comments;

import io.inkwell.comments.QueuedComment;

/** A row of the moderation queue: the comment, and its post's title and slug (both null: the post is gone). */
record QueueRow(QueuedComment comment, String postTitle, String postSlug) {
}
