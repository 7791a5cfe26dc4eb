package io.inkwell.web.api;

import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.PageView;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.TagRef;
import io.inkwell.posts.TagView;
import io.inkwell.users.AuthorProfile;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.site.SiteUrls;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The modules' records as the Content API writes them, with absolute addresses from {@code INKWELL_BASE_URL}.
 * Authors of a page of posts come from one users-API call, never one per post.
 */
@Component
class ApiViews {

    static final String UNKNOWN_AUTHOR = "Unknown author";

    private final SiteUrls urls;
    private final UserDirectory users;

    ApiViews(SiteUrls urls, UserDirectory users) {
        this.urls = urls;
        this.users = users;
    }

    List<ApiPostSummary> summaries(List<PostSummary> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<UUID, UserSummary> authors = users.summariesOf(posts.stream().map(PostSummary::authorId).distinct().toList());
        return posts.stream().map(post -> new ApiPostSummary(post.id(), post.slug(), post.title(), post.excerpt(),
                urls.post(post.slug()), post.featuredImageUrl(), author(post.authorId(), authors), post.publishedAt(),
                post.readingMinutes(), categories(post.categories()), tags(post.tags()))).toList();
    }

    ApiPost post(PostDetail post) {
        Map<UUID, UserSummary> authors = users.summariesOf(List.of(post.authorId()));
        return new ApiPost(post.id(), post.slug(), post.title(), post.excerpt(), urls.post(post.slug()), post.featuredImageUrl(),
                author(post.authorId(), authors), post.publishedAt(), post.updatedAt(), post.readingMinutes(),
                categories(post.categories()), tags(post.tags()), post.language().code(), post.contentHtml());
    }

    ApiPage page(PageView page) {
        return new ApiPage(page.id(), page.slug(), page.title(), page.excerpt(), urls.page(page.slug()), page.publishedAt(),
                page.updatedAt(), page.language().code(), page.contentHtml());
    }

    ApiCategory category(CategoryView category) {
        return new ApiCategory(category.id(), category.name(), category.slug(), category.description(), category.postCount(),
                urls.category(category.slug()));
    }

    ApiTag tag(TagView tag) {
        return new ApiTag(tag.id(), tag.name(), tag.slug(), tag.postCount(), urls.tag(tag.slug()));
    }

    ApiAuthor author(AuthorProfile author) {
        return new ApiAuthor(author.id(), author.name(), author.avatarUrl(), author.joinedAt(), urls.author(author.id()),
                urls.absolute("/api/v1/posts?author=" + author.id()));
    }

    private ApiAuthorRef author(UUID id, Map<UUID, UserSummary> authors) {
        UserSummary author = authors.get(id);
        return new ApiAuthorRef(id, author == null ? UNKNOWN_AUTHOR : author.name(), urls.author(id));
    }

    private List<ApiTerm> categories(Collection<CategoryRef> refs) {
        return refs.stream().map(ref -> new ApiTerm(ref.id(), ref.name(), ref.slug(), urls.category(ref.slug()))).toList();
    }

    private List<ApiTerm> tags(Collection<TagRef> refs) {
        return refs.stream().map(ref -> new ApiTerm(ref.id(), ref.name(), ref.slug(), urls.tag(ref.slug()))).toList();
    }
}
