package io.inkwell.web.api;

import io.inkwell.db.KeysetTokens;
import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.SearchHit;
import io.inkwell.posts.SearchResults;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.web.site.SiteUrls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published posts: the newest first (all, or of one category, tag or author), one by its slug, and search. Each
 * listing reads one keyset page along the index the site's own listing uses, its categories and tags in a second
 * statement and its authors in a third, whatever its size.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Posts", description = "Published posts and search")
class PostsApiController {

    private final PostReading posts;
    private final Categories categories;
    private final Tags tags;
    private final ApiViews views;
    private final SiteUrls urls;

    PostsApiController(PostReading posts, Categories categories, Tags tags, ApiViews views, SiteUrls urls) {
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.views = views;
        this.urls = urls;
    }

    @OneReadOnlyTransaction
    @GetMapping("/posts")
    @Operation(summary = "Published posts, newest first",
            description = "At most one of category, tag and author narrows the listing. Pass the answer's next as cursor "
                    + "for the page after; a cursor works only with the listing and parameters that gave it.")
    ResponseEntity<ApiList<ApiPostSummary>> listPosts(
            @Parameter(description = "A category's slug") @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "A tag's slug") @RequestParam(name = "tag", required = false) String tag,
            @Parameter(description = "An author's id") @RequestParam(name = "author", required = false) String author,
            @Parameter(description = "Posts per page, 1 to 50 (default 20)") @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = "The next value of the previous page") @RequestParam(name = "cursor", required = false) String cursor) {
        if (Stream.of(category, tag, author).filter(Objects::nonNull).count() > 1) {
            throw ApiException.badRequest("Narrow the posts by one of category, tag or author at a time.");
        }
        String scope = category != null ? "category=" + category : tag != null ? "tag=" + tag : author != null ? "author=" + author : "";
        Optional<PostCursor> after = ApiCursor.positionOf(cursor, "posts", scope).map(position -> PostCursor.parse(position)
                .orElseThrow(() -> ApiException.badRequest("The cursor is damaged: pass the next value as it was given.")));
        int size = ApiAnswers.limit(limit);
        Listing<PostSummary> listing;
        if (category != null) {
            CategoryView found = categories.bySlug(category)
                    .orElseThrow(() -> ApiException.notFound("There is no category with the slug \"" + category + "\"."));
            listing = posts.publishedInCategory(found.id(), after, size);
        } else if (tag != null) {
            TagView found = tags.listedBySlug(tag)
                    .orElseThrow(() -> ApiException.notFound("No published post has a tag with the slug \"" + tag + "\"."));
            listing = posts.publishedWithTag(found.id(), after, size);
        } else if (author != null) {
            UUID authorId = KeysetTokens.uuid(author)
                    .orElseThrow(() -> ApiException.badRequest("The parameter \"author\" is an author's id, such as "
                            + "0190a7c2-1c4e-7d2a-9f10-2b3c4d5e6f70."));
            listing = posts.publishedByAuthor(authorId, after, size);
        } else {
            listing = posts.published(after, size);
        }
        String next = listing.hasNext() ? new ApiCursor("posts", scope, listing.nextToken()).token() : null;
        return ApiAnswers.ok(new ApiList<>(views.summaries(listing.items()), next));
    }

    @OneReadOnlyTransaction
    @GetMapping("/posts/{slug}")
    @Operation(summary = "A published post with its HTML",
            description = "A slug the post had before it was renamed answers 301 with the post's address now.")
    ResponseEntity<ApiPost> showPost(@PathVariable String slug) {
        Optional<PostDetail> post = posts.findBySlug(slug, null).filter(PostDetail::isPublished);
        if (post.isPresent()) {
            return ApiAnswers.ok(views.post(post.get()));
        }
        return posts.currentSlugOf(slug)
                .<ResponseEntity<ApiPost>>map(now -> ApiAnswers.movedTo(URI.create(urls.absolute("/api/v1/posts/" + now))))
                .orElseThrow(() -> ApiException.notFound("There is no published post with the slug \"" + slug + "\"."));
    }

    @OneReadOnlyTransaction
    @GetMapping("/search")
    @Operation(summary = "Published posts matching a query, best first",
            description = "q takes what people type into a search box: words, \"quoted phrases\", -word and or; at most "
                    + SearchResults.MAX_QUERY_LENGTH + " characters and " + SearchResults.MAX_TERMS + " words. A cursor keeps "
                    + "the page size it was made with.")
    ResponseEntity<ApiSearchResults> search(
            @Parameter(description = "What to search for", required = true) @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "Results per page, 1 to 50 (default 20)") @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = "The next value of the previous page") @RequestParam(name = "cursor", required = false) String cursor) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("Say what to search for in the parameter \"q\".");
        }
        String scope = "q=" + digest(q);
        PageRequest request = ApiCursor.positionOf(cursor, "search", scope).map(PostsApiController::searchPage)
                .orElseGet(() -> new PageRequest(1, ApiAnswers.limit(limit)));
        SearchResults results = posts.search(q, request);
        if (results.problem() != null) {
            throw ApiException.badRequest(results.problem().english());
        }
        List<ApiPostSummary> summaries = views.summaries(results.hits().stream().map(SearchHit::post).toList());
        List<ApiSearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            hits.add(new ApiSearchResults.Hit(summaries.get(i), results.hits().get(i).snippetHtml()));
        }
        String next = results.hasNext() && results.page() < PageRequest.MAX_PAGE
                ? new ApiCursor("search", scope, (results.page() + 1) + "/" + results.size()).token() : null;
        return ApiAnswers.ok(new ApiSearchResults(results.query(), hits, results.total(), results.capped(), next));
    }

    private static PageRequest searchPage(String position) {
        String[] parts = position.split("/");
        try {
            int page = Integer.parseInt(parts[0]);
            int size = Integer.parseInt(parts[1]);
            if (parts.length == 2 && page >= 2 && page <= PageRequest.MAX_PAGE && size >= 1 && size <= ApiAnswers.MAX_LIMIT) {
                return new PageRequest(page, size);
            }
        } catch (RuntimeException damaged) {
            // Refused below, as any position this API does not make.
        }
        throw ApiException.badRequest("The cursor is damaged: pass the next value as it was given.");
    }

    /** The query in a cursor only as its digest: cursors land in logs, queries need not. */
    private static String digest(String query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
