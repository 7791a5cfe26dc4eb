package io.inkwell.web.site;

import io.inkwell.settings.Settings;
import io.inkwell.settings.Site;
import io.inkwell.web.navigation.MenuLink;
import io.inkwell.web.navigation.ResolvedMenus;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The site's settings as pages use them, with both menus resolved to links: {@code #site} in templates
 * ({@link SiteDialect}), {@link CurrentSite#view()} in code. Optional texts are null when not set.
 *
 * @param lang     the language's code, for {@code <html lang>}
 * @param timeZone the zone's id
 * @param dates    how dates are written in the language and the zone: {@code #site.date(post.publishedAt)}
 */
public record SiteView(String title, String tagline, String lang, Locale locale, ZoneId zone, String timeZone,
                       int postsPerPage, boolean registrationOpen, String logoUrl, String iconUrl, String footerText,
                       boolean twoFactorRequired, List<MenuLink> header, List<MenuLink> footer, SiteDates dates) {

    /**
     * The view of freshly read settings. The previous view's ways of writing dates are kept while the language and
     * zone stay (formatters compare by identity), so a view of unchanged settings equals the one before: rendered
     * fragments kept by the view they were made with stay valid.
     */
    static SiteView of(Site site, ResolvedMenus menus, MessageSource messages, SiteView previous) {
        Settings settings = site.settings();
        Locale locale = settings.language().locale();
        SiteDates dates = previous != null && previous.locale().equals(locale) && previous.zone().equals(settings.timeZone())
                ? previous.dates() : SiteDates.of(messages, locale, settings.timeZone());
        return new SiteView(settings.title(), settings.tagline(), settings.language().code(), locale,
                settings.timeZone(), settings.timeZone().getId(), settings.postsPerPage(), settings.registrationOpen(),
                settings.logoUrl(), settings.iconUrl(), settings.footerText(), settings.twoFactorRequired(), menus.header(), menus.footer(),
                dates);
    }

    /** A day in the site's language and time zone ("2 Mar 2026", "2. März 2026"), or null for none. */
    public String date(TemporalAccessor temporal) {
        return SiteDates.format(dates.date(), temporal);
    }

    /** A day and its time ("2 Mar 2026 14:05"), or null for none. */
    public String dateTime(TemporalAccessor temporal) {
        return SiteDates.format(dates.dateTime(), temporal);
    }

    /** A month ("March 2026", "März 2026"), or null for none. */
    public String month(TemporalAccessor temporal) {
        return SiteDates.format(dates.month(), temporal);
    }

    /** A moment with its zone, as a comment's time when pointed at ("2 Mar 2026, 14:05 CET"), or null for none. */
    public String exactTime(TemporalAccessor temporal) {
        return SiteDates.format(dates.exactTime(), temporal);
    }
}
