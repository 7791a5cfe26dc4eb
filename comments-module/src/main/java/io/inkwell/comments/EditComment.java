package io.inkwell.comments;

import java.util.UUID;

public record EditComment(UUID commentId, String content) {
}
