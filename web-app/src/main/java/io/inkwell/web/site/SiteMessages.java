package io.inkwell.web.site;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The interface's words for Java code, in the site's language: what controllers put in flash attributes and in
 * the model (a saved-message, a confirmation's question, a select's options) and what a service's refusal says
 * ({@code getMessage(refusal)}). Templates say theirs with {@code #{key}}; both read the same bundles
 * ({@code messages.properties}, {@code messages_de.properties}), in the language {@link SiteLocaleResolver} gives
 * every request, also outside one (the container's error page, the rate limit's page).
 */
@Component
public class SiteMessages extends MessageSourceAccessor {

    private final CurrentSite site;

    SiteMessages(MessageSource messages, CurrentSite site) {
        super(messages);
        this.site = site;
    }

    @Override
    protected Locale getDefaultLocale() {
        return site.view().locale();
    }

    /** The site's language, for code that formats with it. */
    public Locale locale() {
        return getDefaultLocale();
    }

    /** The word for a constant such as a post's status or an account's role: {@code enum.<Type>.<CONSTANT>}. */
    public String label(Enum<?> constant) {
        return getMessage(labelKey(constant));
    }

    public static String labelKey(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
