package io.inkwell.settings.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.settings.SettingsLimits.FOOTER_TEXT_MAX;
import static io.inkwell.settings.SettingsLimits.POSTS_PER_PAGE_MAX;
import static io.inkwell.settings.SettingsLimits.POSTS_PER_PAGE_MIN;
import static io.inkwell.settings.SettingsLimits.TAGLINE_MAX;
import static io.inkwell.settings.SettingsLimits.TIME_ZONE_MAX;
import static io.inkwell.settings.SettingsLimits.TITLE_MAX;
import static io.inkwell.settings.SettingsLimits.URL_MAX;

import io.inkwell.db.StorableText;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.InvalidSettingsException;
import io.inkwell.settings.SiteLanguage;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the settings form may store: every field is checked, and every refused one is named at once. */
final class SettingsRules {

    static final Refusal ADDRESS_RULE = Refusal.of("refused.settings.addressInvalid",
            "Use an address starting with https://, http:// or / (a path of this site).");

    private SettingsRules() {
    }

    /** The row to store, or {@link InvalidSettingsException} naming each refused field. */
    static SettingsRow validated(ChangeSettings change) {
        Map<String, Refusal> problems = new LinkedHashMap<>();
        String title = StorableText.blankToNull(change.title());
        if (title == null) {
            problems.put("title", Refusal.of("refused.settings.titleMissing", "Enter the site's title."));
        } else if (title.length() > TITLE_MAX) {
            problems.put("title", tooLong(TITLE_MAX));
        }
        String tagline = optionalText("tagline", change.tagline(), TAGLINE_MAX, problems);
        String language = StorableText.blankToNull(change.language());
        if (SiteLanguage.ofCode(language).isEmpty()) {
            problems.put("language", Refusal.of("refused.settings.languageUnknown", "Choose one of the languages offered."));
        }
        String timeZone = timeZone(change.timeZone(), problems);
        Integer postsPerPage = change.postsPerPage();
        if (postsPerPage == null || postsPerPage < POSTS_PER_PAGE_MIN || postsPerPage > POSTS_PER_PAGE_MAX) {
            problems.put("postsPerPage", Refusal.of("refused.settings.postsPerPageOutOfRange",
                    "Choose from {0} to {1} posts per page.", POSTS_PER_PAGE_MIN, POSTS_PER_PAGE_MAX));
        }
        if (change.registrationOpen() == null) {
            problems.put("registrationOpen",
                    Refusal.of("refused.settings.registrationMissing", "Choose whether people may register."));
        }
        String logoUrl = optionalAddress("logoUrl", change.logoUrl(), problems);
        String iconUrl = optionalAddress("iconUrl", change.iconUrl(), problems);
        String footerText = optionalText("footerText", change.footerText(), FOOTER_TEXT_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new SettingsRow(title, tagline, language, timeZone, postsPerPage, change.registrationOpen(), logoUrl, iconUrl,
                footerText, change.version());
    }

    /** The zone's own id ("Europe/Berlin", "UTC", "+02:00"): what {@link ZoneId#of} reads back. */
    private static String timeZone(String typed, Map<String, Refusal> problems) {
        String id = StorableText.blankToNull(typed);
        if (id == null) {
            problems.put("timeZone",
                    Refusal.of("refused.settings.timeZoneMissing", "Enter a time zone, such as Europe/Berlin or UTC."));
            return null;
        }
        try {
            String zone = ZoneId.of(id).getId();
            if (zone.length() <= TIME_ZONE_MAX) {
                return zone;
            }
        } catch (DateTimeException unknown) {
            // Told below, as a too long name is.
        }
        problems.put("timeZone", Refusal.of("refused.settings.timeZoneUnknown",
                "\"{0}\" is not a time zone this site knows. Use a name such as Europe/Berlin, America/New_York or UTC.",
                abbreviated(id)));
        return null;
    }

    static String optionalAddress(String field, String typed, Map<String, Refusal> problems) {
        String address = StorableText.blankToNull(typed);
        if (address == null) {
            return null;
        }
        if (address.length() > URL_MAX) {
            problems.put(field, tooLong(URL_MAX));
        } else if (!Addresses.isAllowed(address)) {
            problems.put(field, ADDRESS_RULE);
        }
        return address;
    }

    static String optionalText(String field, String typed, int max, Map<String, Refusal> problems) {
        String text = StorableText.blankToNull(typed);
        if (text != null && text.length() > max) {
            problems.put(field, tooLong(max));
        }
        return text;
    }

    static Refusal tooLong(int max) {
        return Refusal.of("refused.settings.tooLong", "Use at most {0} characters.", max);
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
