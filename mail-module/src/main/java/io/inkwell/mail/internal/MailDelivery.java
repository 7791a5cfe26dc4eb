package io.inkwell.mail.internal;

import io.inkwell.db.StorableText;
import io.inkwell.settings.SiteSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Sends one due message per call, in one transaction: the message is taken with {@code for update skip locked},
 * sent over SMTP, and marked sent (or failing, or given up) before the transaction commits. Two workers never
 * send the same message; only if the database fails between the SMTP server's acceptance and the commit is a
 * message sent again later.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int ERROR_MAX = 1000;

    private final MailMessageMapper messages;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final SiteSettings site;
    private final String smtpHost;
    private final String baseUrl;

    MailDelivery(MailMessageMapper messages, ObjectProvider<JavaMailSender> senders, MailSettings settings, SiteSettings site,
            @Value("${spring.mail.host:}") String smtpHost, @Value("${inkwell.base-url:http://localhost}") String baseUrl) {
        this.messages = messages;
        this.senders = senders;
        this.settings = settings;
        this.site = site;
        this.smtpHost = smtpHost;
        this.baseUrl = baseUrl;
    }

    /** Without an SMTP host every message waits in the outbox; nothing is tried. */
    boolean configured() {
        return StringUtils.hasText(smtpHost) && senders.getIfAvailable() != null;
    }

    /** Sends the next due message, if there is one; false when none is due (or nothing can be sent). */
    @Transactional
    public boolean deliverNext() {
        JavaMailSender sender = configured() ? senders.getIfAvailable() : null;
        if (sender == null) {
            return false;
        }
        Optional<MailMessageRow> due = messages.selectNextDueForUpdate();
        if (due.isEmpty()) {
            return false;
        }
        MailMessageRow message = due.get();
        try {
            sender.send(mime(sender, message));
            messages.markSent(message.id());
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            int attempts = message.attempts() + 1;
            boolean givingUp = attempts >= settings.maxAttempts();
            String error = describe(e);
            log.warn("Mail {} to {} not sent (attempt {}{}): {}", message.id(), message.recipient(), attempts,
                    givingUp ? ", giving up" : "", error);
            messages.markFailed(message.id(), givingUp ? "given_up" : "failing", attempts,
                    settings.retryAfter(attempts).toSeconds(), error);
        }
        return true;
    }

    private MimeMessage mime(JavaMailSender sender, MailMessageRow row) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper message = new MimeMessageHelper(mime, true, "UTF-8");
        message.setFrom(from());
        message.setTo(row.recipient());
        message.setSubject(row.subject());
        message.setText(row.textBody(), row.htmlBody());
        if (row.listUnsubscribe() != null) {
            // RFC 8058: a POST to this address unsubscribes, without a page or a sign-in.
            mime.addHeader("List-Unsubscribe", "<" + row.listUnsubscribe() + ">");
            mime.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

    /** The configured sender, named after the site unless it names itself. */
    InternetAddress from() throws AddressException, UnsupportedEncodingException {
        String configured = settings.from().strip();
        if (configured.isEmpty()) {
            String host = Optional.ofNullable(URI.create(baseUrl).getHost()).orElse("localhost");
            configured = "inkwell@" + host;
        }
        InternetAddress address = new InternetAddress(configured, true);
        if (address.getPersonal() == null) {
            address.setPersonal(site.current().settings().title(), "UTF-8");
        }
        return address;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < ERROR_MAX; cause = cause.getCause()) {
            text.append(" (").append(cause.getMessage()).append(')');
        }
        String clean = StorableText.clean(text.toString()).strip();
        return clean.length() <= ERROR_MAX ? clean : clean.substring(0, ERROR_MAX - 1) + "…";
    }
}
