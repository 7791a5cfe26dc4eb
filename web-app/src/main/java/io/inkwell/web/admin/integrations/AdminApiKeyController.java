package io.inkwell.web.admin.integrations;

import io.inkwell.integrations.ApiKeyView;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.integrations.CreatedApiKey;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.NewApiKey;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Confirmation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keys of the Content API. A new key's text is shown on the page that answers its form, this once, and never put in
 * a session or a redirect: the database keeps only its digest. Revoking asks first.
 */
@Controller
class AdminApiKeyController {

    private final ApiKeys keys;
    private final SiteMessages messages;

    AdminApiKeyController(ApiKeys keys, SiteMessages messages) {
        this.keys = keys;
        this.messages = messages;
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
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(me, model, form);
    }

    @GetMapping("/admin/api-keys/{id}/revoke")
    String confirmRevoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        ApiKeyView key = find(me, id);
        String title = messages.getMessage("admin.apiKeys.confirmRevoke.title");
        model.addAttribute("confirmation", key.isRevoked()
                ? Confirmation.nothingToConfirm(title,
                        messages.getMessage("admin.apiKeys.confirmRevoke.revokedAlready", new Object[] {key.name()}),
                        messages.getMessage("admin.apiKeys.confirmRevoke.revokedExplanation"), "/admin/api-keys")
                : Confirmation.ofDeleting(title,
                        messages.getMessage("admin.apiKeys.confirmRevoke.question", new Object[] {key.name()}),
                        messages.getMessage("admin.apiKeys.confirmRevoke.explanation", new Object[] {key.prefix()}),
                        "/admin/api-keys/" + key.id() + "/revoke", messages.getMessage("admin.apiKeys.confirmRevoke.button"),
                        "/admin/api-keys"));
        return "admin/api-keys/confirm-revoke";
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        ApiKeyView key = find(me, id);
        keys.revoke(me.actor(), key.id());
        redirect.addFlashAttribute("message", messages.getMessage("admin.apiKeys.list.flash.revoked", new Object[] {key.name()}));
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
