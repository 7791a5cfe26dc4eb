package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.HashSet;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PostAuthoringService implements PostAuthoring {

    private final PostMapper posts;
    private final TagMapper tags;
    private final PostLinks links;

    PostAuthoringService(PostMapper posts, TagMapper tags, PostLinks links) {
        this.posts = posts;
        this.tags = tags;
        this.links = links;
    }

    @Override
    public Page<PostSummary> ownPosts(UUID authorId, PostStatus status, PageRequest request) {
        return links.summaries(PagedQueries.counted(request, () -> posts.selectByAuthor(authorId, status)));
    }

    @Override
    public PostForEditing forEditing(UUID postId, Actor actor) {
        PostRow row = posts.selectById(postId).orElseThrow(() -> new PostNotFoundException("No post " + postId));
        if (!actor.mayChangePost(row.authorId())) {
            throw new NotAllowedException("Only the author or an editor may edit post " + postId + ".");
        }
        // A derived excerpt is shown as blank, so it keeps following the text when the author edits it.
        String excerpt = Objects.equals(row.excerpt(), Excerpts.fromHtml(row.contentHtml())) ? null : row.excerpt();
        return new PostForEditing(row.id(), row.authorId(), row.title(), row.slug(), row.content(), excerpt,
                row.featuredImageUrl(), row.status(), row.version(), new HashSet<>(posts.selectCategoryIds(postId)),
                tags.selectTagNamesOfPost(postId), row.seo(), Languages.of(row.language()));
    }
}
