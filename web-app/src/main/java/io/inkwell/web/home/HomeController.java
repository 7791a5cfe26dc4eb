package io.inkwell.web.home;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.PostQueries;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    private static final String UNKNOWN_AUTHOR = "Unknown author";

    private final PostQueries posts;
    private final UserDirectory users;

    HomeController(PostQueries posts, UserDirectory users) {
        this.posts = posts;
        this.users = users;
    }

    @GetMapping("/")
    String showHome(@RequestParam(name = "page", required = false) Integer page, Model model) {
        Page<PostSummary> summaries = posts.latestPublished(PageRequest.of(page, null));
        Map<UUID, UserSummary> authors = users.summariesOf(summaries.items().stream().map(PostSummary::authorId).toList());
        model.addAttribute("posts", summaries.map(post -> new PostCard(post.title(), post.slug(), post.excerpt(),
                authors.containsKey(post.authorId()) ? authors.get(post.authorId()).name() : UNKNOWN_AUTHOR,
                post.publishedAt())));
        return "home/index";
    }
}
