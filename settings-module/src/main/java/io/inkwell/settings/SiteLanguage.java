package io.inkwell.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the site's pages can be shown in: every word of the interface, dates and numbers follow it. Each
 * has a bundle of the web application's words ({@code messages_<code>.properties}; English's is
 * {@code messages.properties}, which a missing word falls back to).
 */
public enum SiteLanguage {

    ENGLISH("en", "English"),
    GERMAN("de", "German");

    private final String code;
    private final String displayName;

    SiteLanguage(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The ISO 639 code, as stored and as {@code <html lang>} says it. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<SiteLanguage> ofCode(String code) {
        for (SiteLanguage language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
