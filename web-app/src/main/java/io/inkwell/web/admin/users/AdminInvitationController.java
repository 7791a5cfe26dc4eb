package io.inkwell.web.admin.users;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.InvitationNotFoundException;
import io.inkwell.users.Invitations;
import io.inkwell.users.InviteUser;
import io.inkwell.users.Role;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Choice;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins invite people by email with a role, and see and revoke the invitations still open. The accounts an import
 * made ({@code invited}) are invited one by one from the users table, or all at once.
 */
@Controller
class AdminInvitationController {

    private static final String VIEW = "admin/users/invitations";

    private final Invitations invitations;
    private final SiteMessages messages;

    AdminInvitationController(Invitations invitations, SiteMessages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/admin/users/invitations")
    String listInvitations(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("inviteForm", new InviteForm("", ""));
        return page(me, model);
    }

    @PostMapping("/admin/users/invitations")
    String invite(@AuthenticationPrincipal SignedInUser me, @Valid InviteForm inviteForm, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                invitations.invite(me.actor(), new InviteUser(inviteForm.email(), inviteForm.roleValue()));
                flash.addFlashAttribute("message", messages.getMessage("admin.users.invitations.flash.sent",
                        new Object[] {inviteForm.email().strip()}));
                return "redirect:/admin/users/invitations";
            } catch (AccountFieldException e) {
                FieldRefusals.reject(result, "email", e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(me, model);
    }

    @PostMapping("/admin/users/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, RedirectAttributes flash) {
        try {
            invitations.revoke(me.actor(), NotFound.idOrNotFound(id));
        } catch (InvitationNotFoundException e) {
            throw NotFound.page();
        }
        flash.addFlashAttribute("message", messages.getMessage("admin.users.invitations.flash.revoked"));
        return "redirect:/admin/users/invitations";
    }

    @PostMapping("/admin/users/{id}/invitation")
    String inviteImported(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, RedirectAttributes flash) {
        try {
            invitations.inviteImported(me.actor(), NotFound.idOrNotFound(id));
            flash.addFlashAttribute("message", messages.getMessage("admin.users.list.flash.invitationSent"));
        } catch (UserNotFoundException e) {
            throw NotFound.page();
        } catch (AdministrationRefusedException e) {
            flash.addFlashAttribute("problem", messages.getMessage(e.refusal()));
        }
        return "redirect:/admin/users?status=INVITED";
    }

    @PostMapping("/admin/users/invitations/imported")
    String inviteAllImported(@AuthenticationPrincipal SignedInUser me, RedirectAttributes flash) {
        int sent = invitations.inviteAllImported(me.actor());
        flash.addFlashAttribute("message", messages.getMessage("admin.users.list.flash.importedInvited", new Object[] {sent}));
        return "redirect:/admin/users?status=INVITED";
    }

    private String page(SignedInUser me, Model model) {
        model.addAttribute("open", invitations.open(me.actor()));
        model.addAttribute("roles", Choice.byName(Role.values(), messages));
        model.addAttribute("days", Invitations.VALIDITY.toDays());
        return VIEW;
    }
}
