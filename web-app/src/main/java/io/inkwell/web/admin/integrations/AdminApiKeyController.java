package io.inkwell.web.admin.integrations;

import io.inkwell.integrations.ApiKeyView;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.integrations.CreatedApiKey;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.NewApiKey;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.security.SignedInUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keys of the Content API. A new key's text is shown on the page that answers its form, this once, and never put in
 * a session or a redirect: the database keeps only its digest. Revoking asks first.
 */
@Controller
class AdminApiKeyController {

    private final ApiKeys keys;

    AdminApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/api-keys")
    String listKeys(@AuthenticationPrincipal SignedInUser me, Model model) {
        return list(me, model, ApiKeyForm.empty());
    }

    @PostMapping("/admin/api-keys")
    String processCreateForm(@Valid @ModelAttribute("form") ApiKeyForm form, BindingResult result,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                CreatedApiKey created = keys.create(me.actor(), new NewApiKey(form.name(), form.allowedOrigins()));
                model.addAttribute("created", created);
                return "admin/api-keys/created";
            } catch (InvalidIntegrationException e) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(me, model, form);
    }

    @GetMapping("/admin/api-keys/{id}/revoke")
    String confirmRevoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        ApiKeyView key = find(me, id);
        model.addAttribute("confirmation", key.isRevoked()
                ? Confirmation.nothingToConfirm("Revoke key · Admin · Inkwell", "“" + key.name() + "” is revoked already.",
                        "It stopped working when it was revoked.", "/admin/api-keys")
                : Confirmation.ofDeleting("Revoke key · Admin · Inkwell", "Revoke the key “" + key.name() + "”?",
                        "Every program using it (" + key.prefix() + "…) is refused from now on, for good. A new key can be made "
                                + "for them.", "/admin/api-keys/" + key.id() + "/revoke", "Revoke key", "/admin/api-keys"));
        return "admin/api-keys/confirm-revoke";
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        ApiKeyView key = find(me, id);
        keys.revoke(me.actor(), key.id());
        redirect.addFlashAttribute("message", "Key \"" + key.name() + "\" revoked.");
        return "redirect:/admin/api-keys";
    }

    private String list(SignedInUser me, Model model, ApiKeyForm form) {
        model.addAttribute("keys", keys.all(me.actor()));
        if (!model.containsAttribute("form")) {
            // Re-adding a bound form would drop its BindingResult and so its field errors.
            model.addAttribute("form", form);
        }
        return "admin/api-keys/list";
    }

    private ApiKeyView find(SignedInUser me, String id) {
        try {
            return keys.find(me.actor(), NotFound.idOrNotFound(id));
        } catch (IntegrationNotFoundException e) {
            throw NotFound.page();
        }
    }
}
