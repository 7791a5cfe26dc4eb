package io.inkwell.comments.internal;

import java.util.UUID;

record PostCommentCount(UUID postId, long comments) {
}
