package io.inkwell.web.posts;

import io.inkwell.comments.CommentCounts;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a page of post summaries into cards: authors in one users-API call and comment counts in one
 * comments-API call for the whole page, never one per card (categories and tags came with the summaries).
 */
@Component
public class PostCards {

    static final String UNKNOWN_AUTHOR = "Unknown author";

    private final UserDirectory users;
    private final CommentCounts comments;

    PostCards(UserDirectory users, CommentCounts comments) {
        this.users = users;
        this.comments = comments;
    }

    public List<PostCard> of(List<PostSummary> posts) {
        return of(posts, true);
    }

    /** Admin tables show no comment counts and save that statement. */
    public List<PostCard> withoutCommentCounts(List<PostSummary> posts) {
        return of(posts, false);
    }

    private List<PostCard> of(List<PostSummary> posts, boolean withComments) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<UUID, UserSummary> authors = users.summariesOf(posts.stream().map(PostSummary::authorId).distinct().toList());
        Map<UUID, Long> counts = withComments ? comments.countsByPostIds(posts.stream().map(PostSummary::id).toList()) : Map.of();
        return posts.stream().map(post -> new PostCard(post.id(), post.title(), post.slug(), post.excerpt(), post.authorId(),
                authorName(authors.get(post.authorId())), post.categories(), post.tags(), post.publishedAt(), post.readingMinutes(),
                post.viewCount(), counts.getOrDefault(post.id(), 0L), post.status(), post.scheduledAt())).toList();
    }

    static String authorName(UserSummary author) {
        return author == null ? UNKNOWN_AUTHOR : author.name();
    }
}
