package io.inkwell.web.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MyPostsController {

    private final PostAuthoring posts;
    private final SiteMessages messages;

    MyPostsController(PostAuthoring posts, SiteMessages messages) {
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping("/me/posts")
    String listOwnPosts(@RequestParam(name = "status", required = false) String status,
                        @RequestParam(name = "page", required = false) Integer page,
                        @AuthenticationPrincipal SignedInUser me, Model model) {
        PostStatus filter = parseStatus(status);
        Page<PostSummary> mine = posts.ownPosts(me.id(), filter, PageRequest.of(page, 20));
        model.addAttribute("posts", mine);
        model.addAttribute("status", filter == null ? "" : filter.name().toLowerCase());
        model.addAttribute("statuses", Choice.lowerCase(PostStatus.values(), messages));
        return "posts/mine";
    }

    /** An unknown status in a hand-edited URL shows every post rather than an error. */
    static PostStatus parseStatus(String status) {
        return Arrays.stream(PostStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
    }
}
