package io.inkwell.web.api;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.PageReading;
import io.inkwell.web.site.SiteUrls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published static pages, one statement by slug (a renamed page's old slug answers 301). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pages", description = "Published static pages (About, Contact…)")
class PagesApiController {

    private final PageReading pages;
    private final ApiViews views;
    private final SiteUrls urls;

    PagesApiController(PageReading pages, ApiViews views, SiteUrls urls) {
        this.pages = pages;
        this.views = views;
        this.urls = urls;
    }

    @OneReadOnlyTransaction
    @GetMapping("/pages/{slug}")
    @Operation(summary = "A published page with its HTML",
            description = "A slug the page had before it was renamed answers 301 with the page's address now.")
    ResponseEntity<ApiPage> showPage(@PathVariable String slug) {
        return pages.published(slug).map(page -> ApiAnswers.ok(views.page(page)))
                .or(() -> pages.currentSlugOf(slug).map(now -> ApiAnswers.movedTo(URI.create(urls.absolute("/api/v1/pages/" + now)))))
                .orElseThrow(() -> ApiException.notFound("There is no published page with the slug \"" + slug + "\"."));
    }
}
