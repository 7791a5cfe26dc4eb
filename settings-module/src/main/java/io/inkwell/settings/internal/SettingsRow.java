package io.inkwell.settings.internal;

import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.CommentPolicy;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SiteLanguage;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * The row of {@code site_settings}, as stored: one statement reads the settings and the comment policy. The
 * settings form writes the first columns, the comment settings form the policy's ({@link #commentPolicy()}).
 */
record SettingsRow(String title, String tagline, String language, String timeZone, int postsPerPage,
                   boolean registrationOpen, String logoUrl, String iconUrl, String footerText, boolean twoFactorRequired,
                   int version,
                   CommentApproval commentApproval, boolean guestComments, String blockedWords, int maxLinksPerComment,
                   int reportThreshold) {

    @AutomapConstructor
    SettingsRow {
    }

    /** The settings form's columns; the policy's are the defaults, which the settings form's update leaves alone. */
    SettingsRow(String title, String tagline, String language, String timeZone, int postsPerPage, boolean registrationOpen,
            String logoUrl, String iconUrl, String footerText, boolean twoFactorRequired, int version) {
        this(title, tagline, language, timeZone, postsPerPage, registrationOpen, logoUrl, iconUrl, footerText, twoFactorRequired, version,
                CommentPolicy.defaults().approval(), false, null, CommentPolicy.DEFAULT_MAX_LINKS,
                CommentPolicy.DEFAULT_REPORT_THRESHOLD);
    }

    static SettingsRow of(Settings settings) {
        CommentPolicy comments = settings.comments();
        return new SettingsRow(settings.title(), settings.tagline(), settings.language().code(), settings.timeZone().getId(),
                settings.postsPerPage(), settings.registrationOpen(), settings.logoUrl(), settings.iconUrl(),
                settings.footerText(), settings.twoFactorRequired(), settings.version(), comments.approval(), comments.guestComments(),
                comments.blockedWords().isEmpty() ? null : comments.blockedWordsText(), comments.maxLinks(),
                comments.reportThreshold());
    }

    CommentPolicyRow commentPolicy() {
        return new CommentPolicyRow(commentApproval, guestComments, blockedWords, maxLinksPerComment, reportThreshold);
    }

    /**
     * The settings this row holds. A language the site no longer offers reads as English and a time zone the
     * JVM's time-zone data no longer knows as UTC, so that no stored value can take the pages down.
     */
    Settings toSettings() {
        Settings defaults = Settings.defaults();
        return new Settings(title, tagline, SiteLanguage.ofCode(language).orElse(defaults.language()), zone(timeZone, defaults.timeZone()),
                postsPerPage, registrationOpen, logoUrl, iconUrl, footerText, twoFactorRequired, version, commentPolicy().toPolicy());
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return fallback;
        }
    }
}
