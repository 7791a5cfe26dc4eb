package io.inkwell.posts.internal;

import java.util.UUID;

/** Views of one post accumulated since the last flush. */
record ViewCount(UUID postId, long views) {
}
