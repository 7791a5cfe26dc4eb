package io.inkwell.web.admin.integrations;

import io.inkwell.db.KeysetTokens;
import io.inkwell.integrations.CreatedWebhook;
import io.inkwell.integrations.DeliveryLog;
import io.inkwell.integrations.IntegrationNotFoundException;
import io.inkwell.integrations.InvalidIntegrationException;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.integrations.WebhookView;
import io.inkwell.integrations.Webhooks;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

/**
 * Webhooks: the list and a form for a new one, each webhook's page with its settings and delivery log, delete and
 * "Redeliver". A new webhook's secret is shown on the page that answers its form, this once.
 */
@Controller
class AdminWebhookController {

    static final int LOG_PAGE_SIZE = 25;

    private final Webhooks webhooks;
    private final SiteMessages messages;

    AdminWebhookController(Webhooks webhooks, SiteMessages messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping("/admin/webhooks")
    String listWebhooks(@AuthenticationPrincipal SignedInUser me, Model model) {
        return list(me, model, WebhookForm.empty());
    }

    @PostMapping("/admin/webhooks")
    String processCreateForm(@Valid @ModelAttribute("form") WebhookForm form, BindingResult result,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                CreatedWebhook created = webhooks.create(me.actor(), form.draft());
                model.addAttribute("created", created);
                return "admin/webhooks/created";
            } catch (InvalidIntegrationException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(me, model, form);
    }

    @GetMapping("/admin/webhooks/{id}")
    String showWebhook(@PathVariable String id, @RequestParam(name = "before", required = false) String before,
                       @AuthenticationPrincipal SignedInUser me, Model model) {
        WebhookView webhook = find(me, id);
        model.addAttribute("form", WebhookForm.of(webhook));
        return detail(me, model, webhook, KeysetTokens.bounded(before, 40).flatMap(KeysetTokens::uuid));
    }

    @PostMapping("/admin/webhooks/{id}")
    String processUpdateForm(@PathVariable String id, @Valid @ModelAttribute("form") WebhookForm form, BindingResult result,
                             @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        WebhookView webhook = find(me, id);
        if (!result.hasErrors()) {
            try {
                webhooks.update(me.actor(), webhook.id(), form.draft());
                redirect.addFlashAttribute("message", messages.getMessage("admin.webhooks.detail.flash.saved"));
                return "redirect:/admin/webhooks/" + webhook.id();
            } catch (InvalidIntegrationException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return detail(me, model, webhook, Optional.empty());
    }

    @GetMapping("/admin/webhooks/{id}/delete")
    String confirmDelete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, Model model) {
        WebhookView webhook = find(me, id);
        model.addAttribute("confirmation", Confirmation.ofDeleting(messages.getMessage("admin.webhooks.confirmDelete.title"),
                messages.getMessage("admin.webhooks.confirmDelete.question", new Object[] {webhook.url()}),
                messages.getMessage("admin.webhooks.confirmDelete.explanation"),
                "/admin/webhooks/" + webhook.id() + "/delete", messages.getMessage("admin.webhooks.confirmDelete.button"),
                "/admin/webhooks/" + webhook.id()));
        return "admin/webhooks/confirm-delete";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        WebhookView webhook = find(me, id);
        webhooks.delete(me.actor(), webhook.id());
        redirect.addFlashAttribute("message", messages.getMessage("admin.webhooks.list.flash.deleted", new Object[] {webhook.url()}));
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(@PathVariable String id, @PathVariable String deliveryId, @AuthenticationPrincipal SignedInUser me,
                     RedirectAttributes redirect) {
        WebhookView webhook = find(me, id);
        try {
            webhooks.redeliver(me.actor(), webhook.id(), NotFound.idOrNotFound(deliveryId));
        } catch (IntegrationNotFoundException e) {
            throw NotFound.page();
        }
        redirect.addFlashAttribute("message", messages.getMessage("admin.webhooks.detail.flash.redelivering"));
        return "redirect:/admin/webhooks/" + webhook.id();
    }

    private String list(SignedInUser me, Model model, WebhookForm form) {
        model.addAttribute("webhooks", webhooks.all(me.actor()));
        if (!model.containsAttribute("form")) {
            // Re-adding a bound form would drop its BindingResult and so its field errors.
            model.addAttribute("form", form);
        }
        model.addAttribute("events", events());
        return "admin/webhooks/list";
    }

    private String detail(SignedInUser me, Model model, WebhookView webhook, Optional<UUID> before) {
        DeliveryLog log = webhooks.deliveries(me.actor(), webhook.id(), before, LOG_PAGE_SIZE);
        model.addAttribute("webhook", webhook);
        model.addAttribute("deliveries", log);
        model.addAttribute("paged", before.isPresent());
        model.addAttribute("events", events());
        return "admin/webhooks/detail";
    }

    /** Each event by its word in the site's language, with the type a receiver reads. */
    private List<Choice> events() {
        return Choice.of(List.of(WebhookEvent.values()), Enum::name,
                event -> messages.getMessage("admin.webhooks.form.event", new Object[] {messages.label(event), event.type()}));
    }

    private WebhookView find(SignedInUser me, String id) {
        try {
            return webhooks.find(me.actor(), NotFound.idOrNotFound(id));
        } catch (IntegrationNotFoundException e) {
            throw NotFound.page();
        }
    }
}
