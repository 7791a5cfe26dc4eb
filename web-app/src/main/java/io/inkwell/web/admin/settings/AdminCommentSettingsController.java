package io.inkwell.web.admin.settings;

import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.InvalidSettingsException;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.StaleSettingsException;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the site takes comments: a page of the site settings of its own, saved as one change of the same row. */
@Controller
class AdminCommentSettingsController {

    private static final String VIEW = "admin/settings/comments";

    private final SettingsAdministration settings;
    private final SiteMessages messages;

    AdminCommentSettingsController(SettingsAdministration settings, SiteMessages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/admin/settings/comments")
    String initCommentSettingsForm(Model model) {
        Settings stored = settings.stored();
        model.addAttribute("policyForm", CommentPolicyForm.of(stored.comments(), stored.version()));
        return form(model);
    }

    @PostMapping("/admin/settings/comments")
    String processCommentSettingsForm(@ModelAttribute("policyForm") CommentPolicyForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(model, response);
        }
        try {
            settings.saveCommentPolicy(me.actor(), form.toChange());
        } catch (InvalidSettingsException e) {
            e.refusals().forEach((field, refusal) -> FieldRefusals.reject(result, field, refusal));
            return invalid(model, response);
        } catch (StaleSettingsException e) {
            FieldRefusals.reject(result, e.refusal());
            return invalid(model, response);
        }
        redirect.addFlashAttribute("message", messages.getMessage("admin.settings.comments.flash.saved"));
        return "redirect:/admin/settings/comments";
    }

    private String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("approvals", Choice.of(List.of(CommentApproval.values()), CommentApproval::name, messages::label));
        model.addAttribute("guestChoices", List.of(
                new Choice("false", messages.getMessage("admin.settings.comments.guestsNo")),
                new Choice("true", messages.getMessage("admin.settings.comments.guestsYes"))));
        return VIEW;
    }
}
