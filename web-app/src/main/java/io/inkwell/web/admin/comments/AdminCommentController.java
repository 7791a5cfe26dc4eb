package io.inkwell.web.admin.comments;

import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentListItem;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostSummary;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderation: the newest comments across the site, each deletable. Admin-only by the security route table. */
@Controller
class AdminCommentController {

    private final CommentModeration moderation;
    private final CommentCommands commands;
    private final PostAdministration posts;
    private final SiteMessages messages;

    AdminCommentController(CommentModeration moderation, CommentCommands commands, PostAdministration posts,
            SiteMessages messages) {
        this.moderation = moderation;
        this.commands = commands;
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping("/admin/comments")
    String listComments(@RequestParam(required = false) Integer page, Model model) {
        Page<CommentListItem> comments = moderation.latest(PageRequest.of(page, null));
        Map<UUID, PostSummary> postsById = posts.byIds(comments.items().stream().map(CommentListItem::postId).distinct().toList())
                .stream().collect(Collectors.toMap(PostSummary::id, Function.identity(), (a, b) -> a));
        model.addAttribute("comments", comments.map(comment -> {
            PostSummary post = postsById.get(comment.postId());
            return new ModeratedComment(comment.id(), comment.authorName(), comment.text(), comment.deleted(),
                    comment.createdAt(), post == null ? null : post.title(), post == null ? null : post.slug());
        }));
        return "admin/comments/list";
    }

    @PostMapping("/admin/comments/{id}/delete")
    String processDelete(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            commands.delete(me.actor(), id);
            redirect.addFlashAttribute("commentMessage", messages.getMessage("admin.comments.list.flash.deleted"));
        } catch (CommentNotFoundException gone) {
            redirect.addFlashAttribute("commentMessage", messages.getMessage("admin.comments.list.flash.alreadyDeleted"));
        }
        redirect.addAttribute("page", page == null ? 1 : Math.max(1, page));
        return "redirect:/admin/comments";
    }
}
