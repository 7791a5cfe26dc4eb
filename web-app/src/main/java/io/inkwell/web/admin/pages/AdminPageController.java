package io.inkwell.web.admin.pages;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.PageAdministration;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageForEditing;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.StalePageException;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.forms.LanguageChoices;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** The admin's static pages: the list, the editor (preview, save draft, publish) and the status and delete buttons. */
@Controller
class AdminPageController {

    private static final String FORM = "admin/pages/form";
    private static final String LIST = "redirect:/admin/pages";
    private static final int PAGE_SIZE = 25;

    private final PageAdministration pages;
    private final PageCommands commands;
    private final CurrentSite site;
    private final SiteMessages messages;

    AdminPageController(PageAdministration pages, PageCommands commands, CurrentSite site, SiteMessages messages) {
        this.pages = pages;
        this.commands = commands;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/admin/pages")
    String listPages(@RequestParam(name = "page", required = false) Integer page, @AuthenticationPrincipal SignedInUser me,
                     Model model) {
        model.addAttribute("pages", pages.pages(me.actor(), PageRequest.of(page, PAGE_SIZE)));
        return "admin/pages/list";
    }

    @GetMapping("/admin/pages/new")
    String initCreateForm(Model model) {
        return form(model, PageForm.empty(site.view().lang()), null, null);
    }

    @PostMapping("/admin/pages/new")
    String processCreateForm(@Valid @ModelAttribute("form") PageForm form, BindingResult result,
                             @RequestParam(name = "action", defaultValue = "draft") String action,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            return preview(me, model, form, null, result, response);
        }
        if (result.hasErrors()) {
            return invalid(model, form, null, response);
        }
        try {
            return saved(commands.create(me.actor(), form.toDraft(), "publish".equals(action)), redirect);
        } catch (InvalidPageException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
            return invalid(model, form, null, response);
        }
    }

    @GetMapping("/admin/pages/{id}/edit")
    String initUpdateForm(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        PageForEditing page = pages.forEditing(NotFound.idOrNotFound(id), me.actor());
        return form(model, PageForm.of(page), page, null);
    }

    @PostMapping("/admin/pages/{id}/edit")
    String processUpdateForm(@PathVariable String id, @Valid @ModelAttribute("form") PageForm form, BindingResult result,
                             @RequestParam(name = "action", defaultValue = "draft") String action,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        PageForEditing current = pages.forEditing(NotFound.idOrNotFound(id), me.actor());
        if ("preview".equals(action)) {
            return preview(me, model, form, current, result, response);
        }
        if (result.hasErrors()) {
            return invalid(model, form, current, response);
        }
        try {
            return saved(commands.update(me.actor(), current.id(), form.versionOrZero(), form.toDraft(),
                    "publish".equals(action)), redirect);
        } catch (InvalidPageException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
        } catch (StalePageException e) {
            FieldRefusals.reject(result, e.refusal());
        }
        return invalid(model, form, current, response);
    }

    /** From the list: publishes the page as last saved, and goes back to the list. */
    @PostMapping("/admin/pages/{id}/publish")
    String publish(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            PageRef page = commands.publish(me.actor(), NotFound.idOrNotFound(id));
            redirect.addFlashAttribute("message",
                    messages.getMessage("admin.pages.list.flash.publishedAt", new Object[] {page.slug()}));
        } catch (InvalidPageException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.refusal()));
        }
        return LIST;
    }

    @PostMapping("/admin/pages/{id}/draft")
    String returnToDraft(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        PageRef page = commands.returnToDraft(me.actor(), NotFound.idOrNotFound(id));
        redirect.addFlashAttribute("message",
                messages.getMessage("admin.pages.list.flash.returnedToDraft", new Object[] {page.slug()}));
        return LIST;
    }

    @GetMapping("/admin/pages/{id}/delete")
    String confirmDelete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        PageForEditing page = pages.forEditing(NotFound.idOrNotFound(id), me.actor());
        model.addAttribute("confirmation", Confirmation.ofDeleting(messages.getMessage("admin.pages.confirmDelete.title"),
                messages.getMessage("admin.pages.confirmDelete.question"),
                messages.getMessage("admin.pages.confirmDelete.explanation", new Object[] {page.title(), page.slug()}),
                "/admin/pages/" + page.id() + "/delete", messages.getMessage("admin.pages.confirmDelete.button"),
                "/admin/pages/" + page.id() + "/edit"));
        return "admin/pages/confirm-delete";
    }

    @PostMapping("/admin/pages/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        commands.delete(me.actor(), NotFound.idOrNotFound(id));
        redirect.addFlashAttribute("message", messages.getMessage("admin.pages.list.flash.deleted"));
        return LIST;
    }

    private String saved(PageRef saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message",
                messages.getMessage(saved.status() == PageStatus.PUBLISHED ? "common.flash.published" : "common.flash.saved"));
        return "redirect:/admin/pages/" + saved.id() + "/edit";
    }

    /** The renderer refuses what could not be saved either (too long): that is a field error, as on saving. */
    private String preview(SignedInUser me, Model model, PageForm form, PageForEditing page, BindingResult result,
                           HttpServletResponse response) {
        try {
            return form(model, form, page, commands.preview(me.actor(), form.content()));
        } catch (InvalidPageException e) {
            if (!result.hasFieldErrors(e.field())) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
            return invalid(model, form, page, response);
        }
    }

    private String invalid(Model model, PageForm form, PageForEditing page, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, page, null);
    }

    private String form(Model model, PageForm form, PageForEditing page, String previewHtml) {
        if (!model.containsAttribute("form")) {
            // Re-adding a bound form would drop its BindingResult and so its field errors.
            model.addAttribute("form", form);
        }
        model.addAttribute("page", page);
        model.addAttribute("languages", LanguageChoices.of(messages));
        model.addAttribute("previewHtml", previewHtml);
        return FORM;
    }
}
