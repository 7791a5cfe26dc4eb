package io.inkwell.web.trending;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.TrendingPost;
import io.inkwell.web.posts.PostCard;
import io.inkwell.web.posts.PostCards;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TrendingController {

    private static final int SIZE = 20;

    private final PostReading posts;
    private final PostCards cards;

    TrendingController(PostReading posts, PostCards cards) {
        this.posts = posts;
        this.cards = cards;
    }

    @OneReadOnlyTransaction
    @GetMapping("/trending")
    String showTrending(Model model) {
        List<TrendingPost> trending = posts.trendingThisWeek(SIZE);
        List<PostCard> shown = cards.of(trending.stream().map(TrendingPost::post).toList());
        List<TrendingCard> ranked = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            ranked.add(new TrendingCard(shown.get(i), trending.get(i).viewsThisWeek()));
        }
        model.addAttribute("posts", ranked);
        return "trending/list";
    }
}
