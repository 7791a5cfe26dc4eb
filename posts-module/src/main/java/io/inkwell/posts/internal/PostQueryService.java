package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.posts.PostQueries;
import io.inkwell.posts.PostSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostQueryService implements PostQueries {

    private final PostMapper posts;

    PostQueryService(PostMapper posts) {
        this.posts = posts;
    }

    @Override
    public Page<PostSummary> latestPublished(PageRequest request) {
        // No count(*) over every published post per request: one extra row tells whether a next page exists.
        return PagedQueries.uncounted(request, posts::selectPublishedSummaries);
    }

    @Override
    public boolean isPublished(java.util.UUID postId) {
        return posts.isPublished(postId);
    }
}
