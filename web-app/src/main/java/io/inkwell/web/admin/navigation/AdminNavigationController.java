package io.inkwell.web.admin.navigation;

import io.inkwell.settings.InvalidNavigationItemException;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItemNotFoundException;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.navigation.MenuEntries;
import io.inkwell.web.navigation.Menus;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The header menu and the footer links: each item moved, removed or added with a plain form. The page shows
 * each menu's add form with its own errors, so each menu posts to a route of its own.
 */
@Controller
class AdminNavigationController {

    private static final String VIEW = "admin/navigation/list";
    private static final String PAGE = "redirect:/admin/navigation";

    private final Navigation navigation;
    private final Menus menus;
    private final SiteMessages messages;

    AdminNavigationController(Navigation navigation, Menus menus, SiteMessages messages) {
        this.navigation = navigation;
        this.menus = menus;
        this.messages = messages;
    }

    @GetMapping("/admin/navigation")
    String listMenus(Model model) {
        return page(model);
    }

    @PostMapping("/admin/navigation/header")
    String addToHeader(@ModelAttribute("headerItem") NavigationItemForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return add(Menu.HEADER, form, result, me, model, response, redirect);
    }

    @PostMapping("/admin/navigation/footer")
    String addToFooter(@ModelAttribute("footerItem") NavigationItemForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return add(Menu.FOOTER, form, result, me, model, response, redirect);
    }

    @PostMapping("/admin/navigation/items/{id}/up")
    String moveUp(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        navigation.moveUp(me.actor(), NotFound.idOrNotFound(id));
        return PAGE;
    }

    @PostMapping("/admin/navigation/items/{id}/down")
    String moveDown(@PathVariable String id, @AuthenticationPrincipal SignedInUser me) {
        navigation.moveDown(me.actor(), NotFound.idOrNotFound(id));
        return PAGE;
    }

    @PostMapping("/admin/navigation/items/{id}/remove")
    String remove(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        navigation.remove(me.actor(), NotFound.idOrNotFound(id));
        redirect.addFlashAttribute("message", messages.getMessage("admin.navigation.list.flash.removed"));
        return PAGE;
    }

    @ExceptionHandler(NavigationItemNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String itemGone() {
        return "error/404";
    }

    private String add(Menu menu, NavigationItemForm form, BindingResult result, SignedInUser me, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Optional<LinkTarget> target = menus.target(form.target(), form.url());
        if (target.isEmpty()) {
            result.rejectValue("target", "admin.navigation.list.targetUnknown");
        } else {
            try {
                navigation.add(me.actor(), menu, form.label(), target.get());
                redirect.addFlashAttribute("message", messages.getMessage(menu == Menu.HEADER
                        ? "admin.navigation.list.flash.addedToHeader" : "admin.navigation.list.flash.addedToFooter"));
                return PAGE;
            } catch (InvalidNavigationItemException e) {
                e.refusals().forEach((field, refusal) -> {
                    if (field.equals("menu")) {
                        FieldRefusals.reject(result, refusal);
                    } else {
                        FieldRefusals.reject(result, field, refusal);
                    }
                });
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model);
    }

    private String page(Model model) {
        MenuEntries entries = menus.entries(navigation.stored(), messages.locale());
        model.addAttribute("headerEntries", entries.header());
        model.addAttribute("footerEntries", entries.footer());
        model.addAttribute("targets", entries.choices());
        if (!model.containsAttribute("headerItem")) {
            model.addAttribute("headerItem", NavigationItemForm.empty());
        }
        if (!model.containsAttribute("footerItem")) {
            model.addAttribute("footerItem", NavigationItemForm.empty());
        }
        return VIEW;
    }
}
