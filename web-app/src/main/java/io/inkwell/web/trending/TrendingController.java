package io.inkwell.web.trending;

import io.inkwell.posts.PostQueries;
import io.inkwell.web.posts.PostCards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TrendingController {

    private static final int SIZE = 20;

    private final PostQueries posts;
    private final PostCards cards;

    TrendingController(PostQueries posts, PostCards cards) {
        this.posts = posts;
        this.cards = cards;
    }

    @GetMapping("/trending")
    String showTrending(Model model) {
        model.addAttribute("posts", cards.of(posts.trending(SIZE)));
        return "trending/list";
    }
}
