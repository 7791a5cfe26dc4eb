package io.inkwell.posts.internal;

import io.inkwell.posts.PostStatus;

record StatusCountRow(PostStatus status, long count) {
}
