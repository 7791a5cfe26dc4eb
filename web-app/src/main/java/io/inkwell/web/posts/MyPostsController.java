package io.inkwell.web.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MyPostsController {

    private final PostAuthoring posts;
    private final PostStatuses statuses;

    MyPostsController(PostAuthoring posts, PostStatuses statuses) {
        this.posts = posts;
        this.statuses = statuses;
    }

    @GetMapping("/me/posts")
    String listOwnPosts(@RequestParam(name = "status", required = false) String status,
                        @RequestParam(name = "page", required = false) Integer page,
                        @AuthenticationPrincipal SignedInUser me, Model model) {
        PostStatus filter = PostStatuses.parse(status);
        Page<PostSummary> mine = posts.ownPosts(me.id(), filter, PageRequest.of(page, 20));
        model.addAttribute("posts", mine);
        model.addAttribute("status", filter == null ? "" : filter.name().toLowerCase());
        model.addAttribute("statuses", statuses.choices(PostStatus.values()));
        return "posts/mine";
    }
}
