package io.inkwell.users.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.users.AccountLimits.AVATAR_URL_MAX;
import static io.inkwell.users.AccountLimits.EMAIL_MAX;
import static io.inkwell.users.AccountLimits.NAME_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import io.inkwell.db.StorableText;
import io.inkwell.users.AccountFieldException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of account fields, the same as the users table's CHECK constraints but with messages for people.
 * Text is made storable first ({@link StorableText}); passwords are not text we store and are taken as typed.
 */
final class AccountRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    private AccountRules() {
    }

    static String email(String email) {
        return email("email", email);
    }

    /**
     * A line break anywhere in what was typed is refused, before anything is cleaned or stored: in a mail
     * header it would start a header of its own.
     */
    static String email(String field, String email) {
        if (!isEmail(email)) {
            throw new AccountFieldException(field,
                    Refusal.of("refused.account.emailInvalid", "Enter an email address like name@example.com."));
        }
        return normalizedEmail(email);
    }

    /** An address in the reserved {@code .invalid} domain (RFC 2606): an import's stand-in for a missing one. */
    static boolean receivesNoMail(String storedEmail) {
        return storedEmail.endsWith(".invalid");
    }

    static boolean isEmail(String email) {
        if (email == null || email.indexOf('\r') >= 0 || email.indexOf('\n') >= 0) {
            return false;
        }
        String normalized = normalizedEmail(email);
        return normalized.length() >= 3 && normalized.length() <= EMAIL_MAX && EMAIL.matcher(normalized).matches();
    }

    /**
     * An email as it is stored and looked up: storable, trimmed, lower-case ("" for none). Sign-in and the
     * login throttle look accounts up with it too, so a typed NUL or capital finds what registration stored.
     */
    static String normalizedEmail(String email) {
        return email == null ? "" : StorableText.clean(email).strip().toLowerCase(Locale.ROOT);
    }

    static String name(String name) {
        String trimmed = name == null ? "" : StorableText.clean(name).strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new AccountFieldException("name",
                    Refusal.of("refused.account.nameInvalid", "Enter a name of 1 to {0} characters.", NAME_MAX));
        }
        return trimmed;
    }

    static String password(String field, String password) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw new AccountFieldException(field, Refusal.of("refused.account.passwordLength", "Use {0} to {1} characters.",
                    PASSWORD_MIN, PASSWORD_MAX));
        }
        return password;
    }

    /** Blank means no avatar; anything else must be an http(s) URL with a host. */
    static String avatarUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = StorableText.clean(url).strip();
        if (trimmed.length() > AVATAR_URL_MAX || !HTTP_URL.matcher(trimmed).matches() || !hasHost(trimmed)) {
            throw new AccountFieldException("avatarUrl", Refusal.of("refused.account.avatarUrlInvalid",
                    "Enter an http:// or https:// address of at most {0} characters.", AVATAR_URL_MAX));
        }
        return trimmed;
    }

    private static boolean hasHost(String url) {
        try {
            String host = new URI(url).getHost();
            return host != null && !host.isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
