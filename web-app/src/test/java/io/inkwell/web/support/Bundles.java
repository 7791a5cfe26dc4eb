package io.inkwell.web.support;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's bundles as the application reads them (UTF-8, never the machine's own language), for tests of
 * words that need no Spring context: {@code Bundles.in(Locale.GERMAN).getMessage(RelativeTime.between(...))}.
 */
public final class Bundles {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Bundles() {
    }

    public static MessageSource messages() {
        return MESSAGES;
    }

    /** The words in this language. */
    public static MessageSourceAccessor in(Locale locale) {
        return new MessageSourceAccessor(MESSAGES, locale);
    }

    /** The language's date pattern of a {@code format.*} key. */
    public static DateTimeFormatter format(String key, Locale locale) {
        return DateTimeFormatter.ofPattern(in(locale).getMessage(key), locale);
    }
}
