package io.inkwell.settings.internal;

import io.inkwell.settings.CommentPolicy;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SiteLanguage;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The row of {@code site_settings}, as stored. */
record SettingsRow(String title, String tagline, String language, String timeZone, int postsPerPage,
                   boolean registrationOpen, String logoUrl, String iconUrl, String footerText, int version) {

    static SettingsRow of(Settings settings) {
        return new SettingsRow(settings.title(), settings.tagline(), settings.language().code(), settings.timeZone().getId(),
                settings.postsPerPage(), settings.registrationOpen(), settings.logoUrl(), settings.iconUrl(),
                settings.footerText(), settings.version());
    }

    /**
     * The settings this row holds, with the comment policy of the same row. A language the site no longer offers reads as English and a time zone the
     * JVM's time-zone data no longer knows as UTC, so that no stored value can take the pages down.
     */
    Settings toSettings(CommentPolicy comments) {
        Settings defaults = Settings.defaults();
        return new Settings(title, tagline, SiteLanguage.ofCode(language).orElse(defaults.language()), zone(timeZone, defaults.timeZone()),
                postsPerPage, registrationOpen, logoUrl, iconUrl, footerText, version, comments);
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return fallback;
        }
    }
}
