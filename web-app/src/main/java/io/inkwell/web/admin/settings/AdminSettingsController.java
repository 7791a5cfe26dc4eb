package io.inkwell.web.admin.settings;

import io.inkwell.settings.InvalidSettingsException;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SiteLanguage;
import io.inkwell.settings.StaleSettingsException;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.security.SignedInUser;
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

/** The site's settings. A save is one change of every field; the page cache is emptied by any successful POST. */
@Controller
class AdminSettingsController {

    private static final String VIEW = "admin/settings/form";
    private static final List<Choice> LANGUAGES = Choice.of(List.of(SiteLanguage.values()), SiteLanguage::code,
            SiteLanguage::displayName);
    private static final List<Choice> REGISTRATION = List.of(new Choice("true", "Open: anyone may create an account"),
            new Choice("false", "Closed: nobody may create an account"));

    private final SettingsAdministration settings;

    AdminSettingsController(SettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/settings")
    String initSettingsForm(Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.stored()));
        return form(model);
    }

    @PostMapping("/admin/settings")
    String processSettingsForm(@ModelAttribute("settingsForm") SettingsForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(model, response);
        }
        try {
            settings.save(me.actor(), form.toChange());
        } catch (InvalidSettingsException e) {
            e.problems().forEach((field, message) -> result.rejectValue(field, "invalid", message));
            return invalid(model, response);
        } catch (StaleSettingsException e) {
            result.reject("stale", e.getMessage());
            return invalid(model, response);
        }
        redirect.addFlashAttribute("message", "Settings saved.");
        return "redirect:/admin/settings";
    }

    private String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("registrationChoices", REGISTRATION);
        return VIEW;
    }
}
