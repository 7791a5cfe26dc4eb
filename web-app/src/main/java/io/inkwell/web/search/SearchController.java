package io.inkwell.web.search;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.PageReading;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.SearchHit;
import io.inkwell.posts.SearchResults;
import io.inkwell.web.posts.PostCards;
import io.inkwell.web.site.SiteMessages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private static final int PAGE_SIZE = 10;
    /** Ranked results deeper than this are never read by people; it also bounds the offset. */
    private static final int MAX_PAGE = 50;

    private final PostReading posts;
    private final PageReading pages;
    private final PostCards cards;
    private final SiteMessages messages;

    SearchController(PostReading posts, PageReading pages, PostCards cards, SiteMessages messages) {
        this.posts = posts;
        this.pages = pages;
        this.cards = cards;
        this.messages = messages;
    }

    /** Matching pages (About, Contact…) are shown above the posts of the first page of results only. */
    @OneReadOnlyTransaction
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "page", required = false) Integer page, Model model) {
        PageRequest request = new PageRequest(Math.min(page == null ? 1 : page, MAX_PAGE), PAGE_SIZE);
        SearchResults results = posts.search(q, request);
        model.addAttribute("results", results);
        model.addAttribute("problem", results.problem() == null ? null : messages.getMessage(results.problem()));
        model.addAttribute("pages", results.page() == 1 ? pages.search(q, PageReading.MAX_SEARCH_HITS) : List.of());
        model.addAttribute("cards", cards.of(results.hits().stream().map(SearchHit::post).toList()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hasNext", results.hasNext() && results.page() < MAX_PAGE);
        return "search/results";
    }
}
