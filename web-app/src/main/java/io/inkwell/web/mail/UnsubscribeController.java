package io.inkwell.web.mail;

import io.inkwell.mail.NotificationKind;
import io.inkwell.mail.Notifications;
import io.inkwell.web.errors.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A notification's unsubscribe link. Opening it asks (a mail scanner opening links turns nothing off); a POST
 * turns the kind off: the page's button, or the mail client's one-click POST (RFC 8058), which carries no
 * cookie and no CSRF token, and needs neither: the secret in the address is the proof.
 */
@Controller
class UnsubscribeController {

    private static final String VIEW = "mail/unsubscribe";

    private final Notifications notifications;

    UnsubscribeController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/unsubscribe/{token}/{kind}")
    String askToUnsubscribe(@PathVariable String token, @PathVariable String kind, Model model, HttpServletResponse response) {
        NotificationKind notificationKind = NotificationKind.ofSlug(kind).orElseThrow(NotFound::page);
        model.addAttribute("kind", notificationKind.slug());
        model.addAttribute("notificationKind", notificationKind);
        if (!notifications.isUnsubscribeToken(token)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("unknown", true);
            return VIEW;
        }
        model.addAttribute("token", token);
        return VIEW;
    }

    @PostMapping("/unsubscribe/{token}/{kind}")
    String unsubscribe(@PathVariable String token, @PathVariable String kind, Model model, HttpServletResponse response) {
        NotificationKind notificationKind = NotificationKind.ofSlug(kind).orElseThrow(NotFound::page);
        model.addAttribute("kind", notificationKind.slug());
        model.addAttribute("notificationKind", notificationKind);
        if (!notifications.unsubscribe(token, notificationKind)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("unknown", true);
            return VIEW;
        }
        model.addAttribute("done", true);
        return VIEW;
    }
}
