package io.inkwell.web.admin.navigation;

import io.inkwell.settings.InvalidNavigationItemException;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItemNotFoundException;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.navigation.MenuEntries;
import io.inkwell.web.navigation.Menus;
import io.inkwell.web.security.SignedInUser;
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

    AdminNavigationController(Navigation navigation, Menus menus) {
        this.navigation = navigation;
        this.menus = menus;
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
        redirect.addFlashAttribute("message", "Item removed.");
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
            result.rejectValue("target", "unknown", "Choose one of the places offered: this one is not (or no longer) on the site.");
        } else {
            try {
                navigation.add(me.actor(), menu, form.label(), target.get());
                redirect.addFlashAttribute("message", "Item added to the " + (menu == Menu.HEADER ? "header menu." : "footer links."));
                return PAGE;
            } catch (InvalidNavigationItemException e) {
                e.problems().forEach((field, message) -> {
                    if (field.equals("menu")) {
                        result.reject("full", message);
                    } else {
                        result.rejectValue(field, "invalid", message);
                    }
                });
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model);
    }

    private String page(Model model) {
        MenuEntries entries = menus.entries(navigation.stored());
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
