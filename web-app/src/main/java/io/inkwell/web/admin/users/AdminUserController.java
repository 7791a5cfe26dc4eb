package io.inkwell.web.admin.users;

import io.inkwell.db.PageRequest;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserListItem;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserSearch;
import io.inkwell.users.UserStatus;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins find accounts and change their role and status. A change is asked for from the table, shown
 * on a confirmation page (GET, changes nothing) and made by the confirmation's POST.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private static final int PAGE_SIZE = 20;

    private final UserAdministration administration;
    private final SiteMessages messages;

    AdminUserController(UserAdministration administration, SiteMessages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    /** Unknown role or status values in the query string mean "any", so a hand-edited URL still lists users. */
    @GetMapping
    String listUsers(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String role, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > UserSearch.MAX_TEXT_LENGTH) {
            text = text.substring(0, UserSearch.MAX_TEXT_LENGTH);
        }
        UserSearch search = new UserSearch(text, parse(Role.class, role), parse(UserStatus.class, status));
        model.addAttribute("users", administration.search(me.actor(), search, new PageRequest(number(page), PAGE_SIZE)));
        model.addAttribute("q", text);
        model.addAttribute("role", search.role());
        model.addAttribute("status", search.status());
        model.addAttribute("roles", Choice.byName(Role.values(), messages));
        model.addAttribute("statuses", Choice.byName(UserStatus.values(), messages));
        return "admin/users/list";
    }

    @GetMapping("/{id}/access")
    String confirmAccessChange(@AuthenticationPrincipal SignedInUser me, @PathVariable String id,
            @RequestParam(required = false) String role, @RequestParam(required = false) String status, Model model) {
        UserListItem user = administration.find(me.actor(), NotFound.idOrNotFound(id)).orElseThrow(NotFound::page);
        Role newRole = parseOr(Role.class, role, user.role());
        UserStatus newStatus = parseOr(UserStatus.class, status, user.status());
        model.addAttribute("user", user);
        model.addAttribute("newRole", newRole);
        model.addAttribute("newStatus", newStatus);
        boolean unchanged = newRole == user.role() && newStatus == user.status();
        model.addAttribute("unchanged", unchanged);
        model.addAttribute("confirmation", confirmation(user, newRole, newStatus, unchanged));
        return "admin/users/confirm";
    }

    @PostMapping("/{id}/access")
    String changeAccess(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, @RequestParam String role,
            @RequestParam String status, RedirectAttributes flash) {
        UUID userId = NotFound.idOrNotFound(id);
        Role newRole = parse(Role.class, role);
        UserStatus newStatus = parse(UserStatus.class, status);
        if (newRole == null || newStatus == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            administration.changeRoleAndStatus(me.actor(), new ChangeRoleAndStatus(userId, newRole, newStatus));
            flash.addFlashAttribute("message", messages.getMessage("admin.users.list.flash.changed",
                    new Object[] {messages.label(newRole), messages.label(newStatus)}));
        } catch (AdministrationRefusedException e) {
            flash.addFlashAttribute("problem", messages.getMessage(e.refusal()));
        } catch (UserNotFoundException e) {
            throw NotFound.page();
        }
        return "redirect:/admin/users";
    }

    private Confirmation confirmation(UserListItem user, Role newRole, UserStatus newStatus, boolean unchanged) {
        String title = messages.getMessage("admin.users.confirm.title");
        String question = messages.getMessage("admin.users.confirm.question", new Object[] {user.name()});
        if (unchanged) {
            return Confirmation.nothingToConfirm(title, question, messages.getMessage("admin.users.confirm.unchanged"),
                    "/admin/users");
        }
        boolean locksOut = newStatus != UserStatus.ACTIVE;
        return new Confirmation(title, question, locksOut ? messages.getMessage("admin.users.confirm.locksOut") : null,
                "/admin/users/" + user.id() + "/access", messages.getMessage("admin.users.confirm.button"), locksOut,
                Map.of("role", newRole.name(), "status", newStatus.name()), "/admin/users");
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return parseOr(type, value, null);
    }

    private static <E extends Enum<E>> E parseOr(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
