package io.inkwell.web.posts;

import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostStatusException;
import io.inkwell.users.NotAllowedException;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Send back with a note": a reviewer returns a post awaiting review to its author's drafts; the author reads the
 * note in the editor. Publishing and scheduling a submitted post are the editor's own buttons.
 */
@Controller
class ReviewController {

    private static final String FORM = "posts/send-back";

    private final PostAuthoring posts;
    private final PostCommands commands;
    private final SiteMessages messages;

    ReviewController(PostAuthoring posts, PostCommands commands, SiteMessages messages) {
        this.posts = posts;
        this.commands = commands;
        this.messages = messages;
    }

    @GetMapping("/posts/{id}/send-back")
    String initSendBackForm(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model,
                            RedirectAttributes redirect) {
        PostForEditing post = reviewable(id, me);
        if (post.status() != PostStatus.PENDING) {
            redirect.addFlashAttribute("error", messages.getMessage("refused.post.sendBackNotPending"));
            return "redirect:/posts/" + id + "/edit";
        }
        model.addAttribute("form", new SendBackForm(""));
        model.addAttribute("post", post);
        return FORM;
    }

    @PostMapping("/posts/{id}/send-back")
    String processSendBackForm(@PathVariable UUID id, @Valid @ModelAttribute("form") SendBackForm form, BindingResult result,
                               @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                               RedirectAttributes redirect) {
        PostForEditing post = reviewable(id, me);
        if (!result.hasErrors()) {
            try {
                commands.sendBack(me.actor(), id, form.note());
                redirect.addFlashAttribute("message", messages.getMessage("admin.posts.list.flash.sentBack",
                        new Object[] {post.title()}));
                return "redirect:/admin/posts?status=pending";
            } catch (InvalidPostException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            } catch (PostStatusException e) {
                redirect.addFlashAttribute("error", messages.getMessage(e.refusal()));
                return "redirect:/posts/" + id + "/edit";
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("post", post);
        return FORM;
    }

    /** The post, if the person may review it: editors and admins, who may also edit it. */
    private PostForEditing reviewable(UUID id, SignedInUser me) {
        PostForEditing post = posts.forEditing(id, me.actor());
        if (!me.actor().mayReviewPosts()) {
            throw new NotAllowedException("Only editors send posts back.");
        }
        return post;
    }
}
