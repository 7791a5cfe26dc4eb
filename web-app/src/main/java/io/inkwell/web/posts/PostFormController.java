package io.inkwell.web.posts;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.StalePostException;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.forms.LanguageChoices;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PostFormController {

    private static final String FORM = "posts/form";

    private final PostCommands commands;
    private final PostAuthoring posts;
    private final Categories categories;
    private final CurrentSite site;
    private final SiteMessages messages;

    PostFormController(PostCommands commands, PostAuthoring posts, Categories categories, CurrentSite site,
                       SiteMessages messages) {
        this.commands = commands;
        this.posts = posts;
        this.categories = categories;
        this.site = site;
        this.messages = messages;
    }

    /** A new post is written in the site's language until its author chooses another. */
    @GetMapping("/posts/new")
    String initCreateForm(Model model) {
        return form(model, PostForm.empty(site.view().lang()), null, null);
    }

    @PostMapping("/posts/new")
    String processCreateForm(@Valid @ModelAttribute("form") PostForm form, BindingResult result,
                             @RequestParam(name = "action", defaultValue = "draft") String action,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            return preview(model, form, null, result, response);
        }
        if (result.hasErrors()) {
            return invalid(model, form, null, response);
        }
        try {
            PostRef saved = commands.create(me.actor(), form.toDraft(), "publish".equals(action));
            return saved(saved, redirect);
        } catch (InvalidPostException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
            return invalid(model, form, null, response);
        }
    }

    @GetMapping("/posts/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        PostForEditing post = posts.forEditing(id, me.actor());
        return form(model, PostForm.of(post), post, null);
    }

    @PostMapping("/posts/{id}/edit")
    String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") PostForm form, BindingResult result,
                             @RequestParam(name = "action", defaultValue = "draft") String action,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        PostForEditing current = posts.forEditing(id, me.actor());
        if ("preview".equals(action)) {
            return preview(model, form, current, result, response);
        }
        if (result.hasErrors()) {
            return invalid(model, form, current, response);
        }
        try {
            PostRef saved = commands.update(me.actor(), id, form.versionOrZero(), form.toDraft(), "publish".equals(action));
            return saved(saved, redirect);
        } catch (InvalidPostException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
        } catch (StalePostException e) {
            FieldRefusals.reject(result, e.refusal());
        }
        return invalid(model, form, current, response);
    }

    @PostMapping("/posts/{id}/publish")
    String publish(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        return statusChanged(commands.publish(me.actor(), id), "common.flash.published", redirect);
    }

    @PostMapping("/posts/{id}/archive")
    String archive(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        return statusChanged(commands.archive(me.actor(), id), "posts.form.flash.archived", redirect);
    }

    @PostMapping("/posts/{id}/draft")
    String returnToDraft(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        return statusChanged(commands.returnToDraft(me.actor(), id), "posts.form.flash.returnedToDraft", redirect);
    }

    @GetMapping("/posts/{id}/delete")
    String confirmDelete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        PostForEditing post = posts.forEditing(id, me.actor());
        model.addAttribute("confirmation", Confirmation.ofDeleting(messages.getMessage("posts.confirmDelete.title"),
                messages.getMessage("posts.confirmDelete.question"),
                messages.getMessage("posts.confirmDelete.explanation", new Object[] {post.title()}), "/posts/" + id + "/delete",
                messages.getMessage("posts.confirmDelete.button"), "/posts/" + id + "/edit"));
        return "posts/confirm-delete";
    }

    @PostMapping("/posts/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        commands.delete(me.actor(), id);
        redirect.addFlashAttribute("message", messages.getMessage("posts.mine.flash.deleted"));
        return "redirect:/me/posts";
    }

    private String statusChanged(PostRef post, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messages.getMessage(messageKey));
        return "redirect:/posts/" + post.id() + "/edit";
    }

    private String saved(PostRef saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message",
                messages.getMessage(saved.status() == PostStatus.PUBLISHED ? "common.flash.published" : "common.flash.saved"));
        return "redirect:/posts/" + saved.id() + "/edit";
    }

    /** The renderer refuses what could not be saved either (too long): that is a field error, as on saving. */
    private String preview(Model model, PostForm form, PostForEditing post, BindingResult result, HttpServletResponse response) {
        try {
            return form(model, form, post, commands.preview(form.content()));
        } catch (InvalidPostException e) {
            if (!result.hasFieldErrors(e.field())) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
            return invalid(model, form, post, response);
        }
    }

    private String invalid(Model model, PostForm form, PostForEditing post, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, post, null);
    }

    private String form(Model model, PostForm form, PostForEditing post, String previewHtml) {
        if (!model.containsAttribute("form")) {
            // Re-adding a bound form would drop its BindingResult and so its field errors.
            model.addAttribute("form", form);
        }
        model.addAttribute("post", post);
        model.addAttribute("categories", Choice.of(categories.all(), CategoryView::id, CategoryView::name));
        model.addAttribute("languages", LanguageChoices.of(messages));
        model.addAttribute("previewHtml", previewHtml);
        return FORM;
    }
}
