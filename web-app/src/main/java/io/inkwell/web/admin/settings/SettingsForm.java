package io.inkwell.web.admin.settings;

import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.Settings;

/**
 * The settings form as sent. Every field is checked by the settings service, which names each one it refuses;
 * here only what cannot even be read (a page size that is no number) is caught, by the binder.
 */
record SettingsForm(String title, String tagline, String language, String timeZone, Integer postsPerPage,
                    Boolean registrationOpen, String logoUrl, String iconUrl, String footerText, Integer version) {

    static SettingsForm of(Settings settings) {
        return new SettingsForm(settings.title(), settings.tagline(), settings.language().code(), settings.timeZone().getId(),
                settings.postsPerPage(), settings.registrationOpen(), settings.logoUrl(), settings.iconUrl(),
                settings.footerText(), settings.version());
    }

    ChangeSettings toChange() {
        return new ChangeSettings(title, tagline, language, timeZone, postsPerPage, registrationOpen, logoUrl, iconUrl,
                footerText, version == null ? 0 : version);
    }
}
