package io.inkwell.web.admin.mail;

import io.inkwell.db.PageRequest;
import io.inkwell.mail.MailAdministration;
import io.inkwell.mail.MailNotFoundException;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's outgoing mail: every message with its status (waiting, sent, failing with the last error, given
 * up), its text, and "Retry". Without SMTP settings the owner of a new site finds their links here.
 */
@Controller
class AdminMailController {

    private static final int PAGE_SIZE = 30;

    private final MailAdministration mail;
    private final SiteMessages messages;

    AdminMailController(MailAdministration mail, SiteMessages messages) {
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping("/admin/mail")
    String listMessages(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("messages", mail.messages(me.actor(), new PageRequest(number(page), PAGE_SIZE)));
        model.addAttribute("smtpConfigured", mail.smtpConfigured());
        return "admin/mail/list";
    }

    @GetMapping("/admin/mail/{id}")
    String showMessage(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, Model model) {
        model.addAttribute("mail", mail.message(me.actor(), NotFound.idOrNotFound(id)).orElseThrow(NotFound::page));
        model.addAttribute("smtpConfigured", mail.smtpConfigured());
        return "admin/mail/message";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, RedirectAttributes flash) {
        try {
            mail.retry(me.actor(), NotFound.idOrNotFound(id));
        } catch (MailNotFoundException e) {
            throw NotFound.page();
        }
        flash.addFlashAttribute("message", messages.getMessage(mail.smtpConfigured() ? "admin.mail.message.flash.retrying"
                : "admin.mail.message.flash.waiting"));
        return "redirect:/admin/mail/" + id;
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
