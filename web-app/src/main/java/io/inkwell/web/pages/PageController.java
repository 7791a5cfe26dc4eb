package io.inkwell.web.pages;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.PageNotFoundException;
import io.inkwell.posts.PageReading;
import io.inkwell.posts.PageView;
import io.inkwell.web.site.SiteRoutes;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A published static page at {@code /{slug}}. The mapping takes only slug-shaped segments (no dot, so no file
 * such as {@code /favicon.ico}), and every literal route of the site is more specific than it, so Spring MVC
 * picks the real route whenever one exists. A slug the site has reserved since the page was written answers
 * 404, as the route it belongs to will.
 */
@Controller
class PageController {

    static final String PATH = "/{slug:" + SiteRoutes.SLUG + "}";
    private static final int SLUG_MAX = 300;

    private final PageReading pages;
    private final SiteRoutes routes;

    PageController(PageReading pages, SiteRoutes routes) {
        this.pages = pages;
        this.routes = routes;
    }

    @OneReadOnlyTransaction
    @GetMapping(PATH)
    Object showPage(@PathVariable String slug, Model model) {
        if (slug.length() > SLUG_MAX || routes.isReserved(slug)) {
            throw new PageNotFoundException("No page at " + slug);
        }
        Optional<PageView> page = pages.published(slug);
        if (page.isEmpty()) {
            return pages.currentSlugOf(slug).map(PageController::movedTo)
                    .orElseThrow(() -> new PageNotFoundException("No page at " + slug));
        }
        model.addAttribute("page", page.get());
        return "pages/detail";
    }

    private static RedirectView movedTo(String slug) {
        RedirectView redirect = new RedirectView("/" + slug, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
