package io.inkwell.web.posts;

import io.inkwell.comments.CommentCounts;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.media.ResponsiveImage;
import io.inkwell.web.media.ResponsiveImages;
import io.inkwell.web.site.SiteMessages;
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

    private final UserDirectory users;
    private final CommentCounts comments;
    private final ResponsiveImages images;
    private final SiteMessages messages;

    PostCards(UserDirectory users, CommentCounts comments, ResponsiveImages images, SiteMessages messages) {
        this.users = users;
        this.comments = comments;
        this.images = images;
        this.messages = messages;
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
        // Admin tables show no images: only the public cards ask for their sizes.
        Map<String, ResponsiveImage> cardImages = withComments
                ? images.forCards(posts.stream().map(PostSummary::featuredImageUrl).toList()) : Map.of();
        String unknownAuthor = messages.getMessage("posts.card.unknownAuthor");
        return posts.stream().map(post -> new PostCard(post.id(), post.title(), post.slug(), post.excerpt(), post.authorId(),
                authorName(authors.get(post.authorId()), unknownAuthor), post.categories(), post.tags(), post.publishedAt(),
                post.readingMinutes(), post.viewCount(), counts.getOrDefault(post.id(), 0L), post.status(),
                post.featuredImageUrl() == null ? null : cardImages.get(post.featuredImageUrl()))).toList();
    }

    /** The author's name, or words saying the author is unknown (an account removed from the directory). */
    String authorName(UserSummary author) {
        return authorName(author, messages.getMessage("posts.card.unknownAuthor"));
    }

    private static String authorName(UserSummary author, String unknown) {
        return author == null ? unknown : author.name();
    }
}
