package io.inkwell.web.categories;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryNotFoundException;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.web.feeds.FeedLinks;
import io.inkwell.web.posts.PostCards;
import io.inkwell.web.site.CurrentSite;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CategoryController {

    private final Categories categories;
    private final PostReading posts;
    private final PostCards cards;
    private final FeedLinks feeds;
    private final CurrentSite site;

    CategoryController(Categories categories, PostReading posts, PostCards cards, FeedLinks feeds, CurrentSite site) {
        this.categories = categories;
        this.posts = posts;
        this.cards = cards;
        this.feeds = feeds;
        this.site = site;
    }

    @OneReadOnlyTransaction
    @GetMapping("/categories")
    String listCategories(Model model) {
        model.addAttribute("categories", categories.all());
        return "categories/list";
    }

    @OneReadOnlyTransaction
    @GetMapping("/categories/{slug}")
    String showCategory(@PathVariable String slug, @RequestParam(name = "after", required = false) String after, Model model) {
        CategoryView category = categories.bySlug(slug).orElseThrow(() -> new CategoryNotFoundException("No category " + slug));
        Listing<PostSummary> listing = posts.publishedInCategory(category.id(), PostCursor.parse(after), site.view().postsPerPage());
        model.addAttribute("category", category);
        model.addAttribute("posts", cards.of(listing.items()));
        model.addAttribute("next", listing.nextToken());
        model.addAttribute("paged", after != null);
        model.addAttribute("sectionFeed", feeds.category(category));
        return "categories/detail";
    }
}
