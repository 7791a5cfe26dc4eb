package io.inkwell.web.admin.categories;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryNotFoundException;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.DuplicateCategoryException;
import io.inkwell.web.forms.Confirmation;
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

@Controller
class AdminCategoryController {

    private final Categories categories;
    private final SiteMessages messages;

    AdminCategoryController(Categories categories, SiteMessages messages) {
        this.categories = categories;
        this.messages = messages;
    }

    @GetMapping("/admin/categories")
    String listCategories(Model model) {
        return list(model, CategoryForm.empty());
    }

    @PostMapping("/admin/categories")
    String processCreateForm(@Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CategoryView created = categories.create(me.actor(), form.name(), form.description());
                redirect.addFlashAttribute("message", messages.getMessage("admin.categories.list.flash.created",
                        new Object[] {created.name()}));
                return "redirect:/admin/categories";
            } catch (DuplicateCategoryException e) {
                FieldRefusals.reject(result, "name", e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(model, form);
    }

    @GetMapping("/admin/categories/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        CategoryView category = find(id);
        model.addAttribute("category", category);
        model.addAttribute("form", new CategoryForm(category.name(), category.description()));
        return "admin/categories/edit";
    }

    @PostMapping("/admin/categories/{id}/edit")
    String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        CategoryView category = find(id);
        if (!result.hasErrors()) {
            try {
                CategoryView saved = categories.update(me.actor(), id, form.name(), form.description());
                redirect.addFlashAttribute("message", messages.getMessage("admin.categories.list.flash.saved",
                        new Object[] {saved.name()}));
                return "redirect:/admin/categories";
            } catch (DuplicateCategoryException e) {
                FieldRefusals.reject(result, "name", e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("category", category);
        return "admin/categories/edit";
    }

    @GetMapping("/admin/categories/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        CategoryView category = find(id);
        model.addAttribute("confirmation", Confirmation.ofDeleting(messages.getMessage("admin.categories.confirmDelete.title"),
                messages.getMessage("admin.categories.confirmDelete.question", new Object[] {category.name()}),
                messages.getMessage("admin.categories.confirmDelete.explanation", new Object[] {category.postCount()}),
                "/admin/categories/" + id + "/delete", messages.getMessage("admin.categories.confirmDelete.button"),
                "/admin/categories"));
        return "admin/categories/confirm-delete";
    }

    @PostMapping("/admin/categories/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        CategoryView category = find(id);
        categories.delete(me.actor(), id);
        redirect.addFlashAttribute("message", messages.getMessage("admin.categories.list.flash.deleted",
                new Object[] {category.name()}));
        return "redirect:/admin/categories";
    }

    private String list(Model model, CategoryForm form) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("form", form);
        return "admin/categories/list";
    }

    private CategoryView find(UUID id) {
        return categories.byId(id).orElseThrow(() -> new CategoryNotFoundException("No category " + id));
    }
}
