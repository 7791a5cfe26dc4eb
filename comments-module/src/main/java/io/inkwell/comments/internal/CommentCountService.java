package io.inkwell.comments.internal;

import io.inkwell.comments.CommentCounts;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentCountService implements CommentCounts {

    private final CommentMapper comments;

    CommentCountService(CommentMapper comments) {
        this.comments = comments;
    }

    @Override
    public Map<UUID, Long> countsByPostIds(Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return comments.countByPostIds(postIds).stream()
                .collect(Collectors.toUnmodifiableMap(PostCommentCount::postId, PostCommentCount::comments));
    }

    @Override
    public long countOf(UUID postId) {
        return comments.countByPostId(postId);
    }
}
