package io.inkwell.web.posts;

import io.inkwell.posts.Autosave;
import io.inkwell.comments.CommentThreads;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.EditorSession;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostEditing;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.Revision;
import io.inkwell.posts.RevisionOf;
import io.inkwell.posts.Revisions;
import io.inkwell.posts.StalePostException;
import io.inkwell.users.NotAllowedException;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.forms.LanguageChoices;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
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

/**
 * The post editor. Its buttons: Preview, Save draft (or Save changes), Publish, Schedule (with "Publish at") and
 * Submit for review; which of them a person sees follows their rights, and the posts context refuses the others
 * whatever is sent. {@code ?revision=N} and {@code ?autosave=restore} load a revision or the person's autosave into
 * the form as an edit of the current version: nothing is saved until they save.
 */
@Controller
class PostFormController {

    private static final String FORM = "posts/form";

    private final PostCommands commands;
    private final PostAuthoring posts;
    private final PostEditing editing;
    private final Revisions revisions;
    private final Categories categories;
    private final EditorPage editorPage;
    private final CommentThreads comments;
    private final CurrentSite site;
    private final SiteMessages messages;

    PostFormController(PostCommands commands, PostAuthoring posts, PostEditing editing, Revisions revisions,
                       Categories categories, EditorPage editorPage, CommentThreads comments, CurrentSite site,
                       SiteMessages messages) {
        this.commands = commands;
        this.posts = posts;
        this.editing = editing;
        this.revisions = revisions;
        this.categories = categories;
        this.editorPage = editorPage;
        this.comments = comments;
        this.site = site;
        this.messages = messages;
    }

    /** A new post is written in the site's language until its author chooses another. */
    @GetMapping("/posts/new")
    String initCreateForm(@AuthenticationPrincipal SignedInUser me, Model model) {
        return form(model, PostForm.empty(site.view().lang(), site.view().zone()), null, null, me);
    }

    @PostMapping("/posts/new")
    String processCreateForm(@Valid @ModelAttribute("form") PostForm form, BindingResult result,
                             @RequestParam(name = "action", defaultValue = "draft") String action,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            return preview(model, form, null, result, response, me);
        }
        if (result.hasErrors()) {
            return invalid(model, form, null, response, me);
        }
        try {
            PostRef saved = commands.create(me.actor(), form.toDraft(), form.publication(action));
            return saved(saved, redirect);
        } catch (InvalidPostException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
        } catch (PostStatusException e) {
            FieldRefusals.reject(result, e.refusal());
        }
        return invalid(model, form, null, response, me);
    }

    @GetMapping("/posts/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, @RequestParam(name = "revision", required = false) Integer revision,
                          @RequestParam(name = "autosave", required = false) String autosave,
                          @AuthenticationPrincipal SignedInUser me, Model model) {
        PostForEditing post = posts.forEditing(id, me.actor());
        PostForm form = PostForm.of(post, site.view().zone());
        EditorSession session = editing.open(me.actor(), id);
        if (revision != null) {
            Revision restored = revisions.revision(me.actor(), RevisionOf.post(id), revision);
            form = form.withRevision(restored);
            model.addAttribute("restored", messages.getMessage("posts.form.restoredRevision", new Object[] {restored.number()}));
        } else if ("restore".equals(autosave) && session.autosave().isPresent()) {
            Autosave kept = session.autosave().get();
            form = form.withAutosave(kept);
            model.addAttribute("restored", messages.getMessage("posts.form.restoredAutosave"));
            session = new EditorSession(session.othersEditing(), Optional.empty());
        }
        editorPage.addTo(model, post, me, session);
        return form(model, form, post, null, me);
    }

    @PostMapping("/posts/{id}/edit")
    String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") PostForm form, BindingResult result,
                             @RequestParam(name = "action", defaultValue = "draft") String action,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        PostForEditing current = posts.forEditing(id, me.actor());
        if ("preview".equals(action)) {
            editorPage.addTo(model, current, me, null);
            return preview(model, form, current, result, response, me);
        }
        if (!result.hasErrors()) {
            try {
                PostRef saved = commands.update(me.actor(), id, form.versionOrZero(), form.toDraft(), form.publication(action));
                return saved(saved, redirect);
            } catch (InvalidPostException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            } catch (StalePostException e) {
                FieldRefusals.reject(result, e.refusal());
            } catch (PostStatusException e) {
                FieldRefusals.reject(result, e.refusal());
            }
        }
        editorPage.addTo(model, current, me, null);
        return invalid(model, form, current, response, me);
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
        if (!me.actor().mayChangePost(post.authorId())) {
            // A contributor edits their draft but may not delete it: the confirmation would only lead to a refusal.
            throw new NotAllowedException("Only the author or an editor may delete post " + id + ".");
        }
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
        redirect.addFlashAttribute("message", messages.getMessage(switch (saved.status()) {
            case PUBLISHED -> "common.flash.published";
            case SCHEDULED -> "posts.form.flash.scheduled";
            case PENDING -> "posts.form.flash.submitted";
            default -> "common.flash.saved";
        }));
        return "redirect:/posts/" + saved.id() + "/edit";
    }

    /** The renderer refuses what could not be saved either (too long): that is a field error, as on saving. */
    private String preview(Model model, PostForm form, PostForEditing post, BindingResult result, HttpServletResponse response,
                           SignedInUser me) {
        try {
            return form(model, form, post, commands.preview(form.content()), me);
        } catch (InvalidPostException e) {
            if (!result.hasFieldErrors(e.field())) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
            return invalid(model, form, post, response, me);
        }
    }

    private String invalid(Model model, PostForm form, PostForEditing post, HttpServletResponse response, SignedInUser me) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, post, null, me);
    }

    /** {@code mayPublish}: whether Publish and Schedule are offered (a contributor gets Submit for review instead). */
    private String form(Model model, PostForm form, PostForEditing post, String previewHtml, SignedInUser me) {
        if (!model.containsAttribute("form")) {
            // Re-adding a bound form would drop its BindingResult and so its field errors.
            model.addAttribute("form", form);
        }
        model.addAttribute("post", post);
        // The post's own comment switch (posts/comments-switch.html), saved on its own: /posts/{id}/discussion.
        model.addAttribute("postComments", post == null ? null : comments.statusOf(post.id()));
        model.addAttribute("categories", Choice.of(categories.all(), CategoryView::id, CategoryView::name));
        model.addAttribute("languages", LanguageChoices.of(messages));
        model.addAttribute("previewHtml", previewHtml);
        model.addAttribute("mayPublish", post == null ? me.actor().mayPublishPosts() : me.actor().mayChangePost(post.authorId()));
        // A form whose binding failed has no record (only its rejected values): the zone is then the site's.
        model.addAttribute("publishZone", form == null || form.publishZone() == null || form.publishZone().isBlank()
                ? site.view().timeZone() : form.publishZone());
        return FORM;
    }
}
