package io.inkwell.web.admin.tags;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.DuplicateTagException;
import io.inkwell.posts.InvalidTagException;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignedInUser;
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

/** Tags are made by authors in the editor; admins rename, merge and delete them here. */
@Controller
class AdminTagController {

    static final int PAGE_SIZE = 50;
    private static final String EDIT = "admin/tags/edit";

    private final Tags tags;
    private final SiteMessages messages;

    AdminTagController(Tags tags, SiteMessages messages) {
        this.tags = tags;
        this.messages = messages;
    }

    @GetMapping("/admin/tags")
    String listTags(@RequestParam(name = "page", required = false) Integer page, Model model) {
        Page<TagView> found = tags.all(PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("tags", found);
        return "admin/tags/list";
    }

    @GetMapping("/admin/tags/{id}/edit")
    String initUpdateForm(@PathVariable String id, Model model) {
        TagView tag = find(id);
        model.addAttribute("renameForm", new TagNameForm(tag.name()));
        model.addAttribute("mergeForm", new TagMergeForm(""));
        return edit(model, tag);
    }

    @PostMapping("/admin/tags/{id}/edit")
    String processUpdateForm(@PathVariable String id, @Valid @ModelAttribute("renameForm") TagNameForm form, BindingResult result,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        TagView tag = find(id);
        if (!result.hasErrors()) {
            try {
                TagView renamed = tags.rename(me.actor(), tag.id(), form.name());
                redirect.addFlashAttribute("message", messages.getMessage("admin.tags.list.flash.renamed",
                        new Object[] {tag.name(), renamed.name()}));
                return "redirect:/admin/tags";
            } catch (DuplicateTagException e) {
                FieldRefusals.reject(result, "name", e.refusal());
            } catch (InvalidTagException e) {
                FieldRefusals.reject(result, "name", e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("mergeForm", new TagMergeForm(""));
        return edit(model, tag);
    }

    @PostMapping("/admin/tags/{id}/merge")
    String merge(@PathVariable String id, @Valid @ModelAttribute("mergeForm") TagMergeForm form, BindingResult result,
                 @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        TagView tag = find(id);
        if (!result.hasErrors()) {
            Optional<TagView> into = tags.byName(form.into());
            if (into.isEmpty()) {
                result.rejectValue("into", "admin.tags.edit.intoMissing", new Object[] {form.into().strip()}, null);
            } else {
                try {
                    TagView merged = tags.merge(me.actor(), tag.id(), into.get().id());
                    redirect.addFlashAttribute("message", messages.getMessage("admin.tags.list.flash.merged",
                            new Object[] {tag.name(), merged.name()}));
                    return "redirect:/admin/tags";
                } catch (InvalidTagException e) {
                    FieldRefusals.reject(result, "into", e.refusal());
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("renameForm", new TagNameForm(tag.name()));
        return edit(model, tag);
    }

    @GetMapping("/admin/tags/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        TagView tag = find(id);
        model.addAttribute("confirmation", Confirmation.ofDeleting(messages.getMessage("admin.tags.confirmDelete.title"),
                messages.getMessage("admin.tags.confirmDelete.question", new Object[] {tag.name()}),
                messages.getMessage("admin.tags.confirmDelete.explanation", new Object[] {tag.postCount()}),
                "/admin/tags/" + tag.id() + "/delete", messages.getMessage("admin.tags.confirmDelete.button"),
                "/admin/tags/" + tag.id() + "/edit"));
        return "admin/tags/confirm-delete";
    }

    @PostMapping("/admin/tags/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        TagView tag = find(id);
        tags.delete(me.actor(), tag.id());
        redirect.addFlashAttribute("message", messages.getMessage("admin.tags.list.flash.deleted", new Object[] {tag.name()}));
        return "redirect:/admin/tags";
    }

    private String edit(Model model, TagView tag) {
        model.addAttribute("tag", tag);
        return EDIT;
    }

    private TagView find(String id) {
        UUID tagId = NotFound.idOrNotFound(id);
        return tags.byId(tagId).orElseThrow(NotFound::page);
    }
}
