package io.inkwell.web.api;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Categories and tags by slug, each page one statement along the slug's unique index from a keyset position. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Categories and tags")
class TaxonomyApiController {

    /** Longer than any slug the site makes: a cursor's position beyond it cannot be one. */
    private static final int MAX_SLUG = 300;

    private final Categories categories;
    private final Tags tags;
    private final ApiViews views;

    TaxonomyApiController(Categories categories, Tags tags, ApiViews views) {
        this.categories = categories;
        this.tags = tags;
        this.views = views;
    }

    @OneReadOnlyTransaction
    @GetMapping("/categories")
    @Operation(summary = "Every category, by slug, with its number of published posts")
    ResponseEntity<ApiList<ApiCategory>> listCategories(
            @Parameter(description = "Categories per page, 1 to 50 (default 20)") @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = "The next value of the previous page") @RequestParam(name = "cursor", required = false) String cursor) {
        int size = ApiAnswers.limit(limit);
        List<CategoryView> found = categories.bySlugAfter(afterSlug(cursor, "categories"), size + 1);
        return ApiAnswers.ok(page(found, size, "categories", CategoryView::slug, views::category));
    }

    @OneReadOnlyTransaction
    @GetMapping("/tags")
    @Operation(summary = "Tags of published posts, by slug, with their number of published posts",
            description = "A tag only drafts carry is nobody's to read, and is left out.")
    ResponseEntity<ApiList<ApiTag>> listTags(
            @Parameter(description = "Tags per page, 1 to 50 (default 20)") @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = "The next value of the previous page") @RequestParam(name = "cursor", required = false) String cursor) {
        int size = ApiAnswers.limit(limit);
        List<TagView> found = tags.listedBySlugAfter(afterSlug(cursor, "tags"), size + 1);
        return ApiAnswers.ok(page(found, size, "tags", TagView::slug, views::tag));
    }

    private static Optional<String> afterSlug(String cursor, String kind) {
        Optional<String> slug = ApiCursor.positionOf(cursor, kind, "");
        if (slug.isPresent() && slug.get().length() > MAX_SLUG) {
            throw ApiException.badRequest("The cursor is damaged: pass the next value as it was given.");
        }
        return slug;
    }

    /** {@code found} holds one more than the page when there is a next page; its cursor is the page's last slug. */
    private static <T, R> ApiList<R> page(List<T> found, int size, String kind, Function<T, String> slug, Function<T, R> view) {
        List<T> shown = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size ? new ApiCursor(kind, "", slug.apply(shown.get(shown.size() - 1))).token() : null;
        return new ApiList<>(shown.stream().map(view).toList(), next);
    }
}
