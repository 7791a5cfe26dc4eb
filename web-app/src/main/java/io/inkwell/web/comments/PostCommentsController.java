package io.inkwell.web.comments;

import io.inkwell.comments.CommentCommands;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostForEditing;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Comments open" or "closed" for one post, from its editor. Whoever may edit the post (the posts service says, as
 * it opens the editor) may switch its comments; the comments service asks the actor again with the post's author.
 */
@Controller
class PostCommentsController {

    private final PostAuthoring posts;
    private final CommentCommands commands;
    private final SiteMessages messages;

    PostCommentsController(PostAuthoring posts, CommentCommands commands, SiteMessages messages) {
        this.posts = posts;
        this.commands = commands;
        this.messages = messages;
    }

    @PostMapping("/posts/{id}/discussion")
    String processSwitch(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean open,
            @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        PostForEditing post = posts.forEditing(id, me.actor());
        commands.switchComments(me.actor(), post.id(), post.authorId(), open);
        redirect.addFlashAttribute("message",
                messages.getMessage(open ? "posts.commentsSwitch.flash.opened" : "posts.commentsSwitch.flash.closed"));
        return "redirect:/posts/" + id + "/edit";
    }
}
