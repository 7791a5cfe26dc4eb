package io.inkwell.web.site;

import io.inkwell.settings.Settings;
import io.inkwell.settings.Site;
import io.inkwell.web.navigation.MenuLink;
import io.inkwell.web.navigation.ResolvedMenus;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The site's settings as pages use them, with both menus resolved to links: {@code #site} in templates
 * ({@link SiteDialect}), {@link CurrentSite#view()} in code. Optional texts are null when not set.
 *
 * @param lang     the language's code, for {@code <html lang>}
 * @param timeZone the zone's id, as {@code #temporals.format(instant, pattern, #site.timeZone)} takes it
 */
public record SiteView(String title, String tagline, String lang, Locale locale, ZoneId zone, String timeZone,
                       int postsPerPage, boolean registrationOpen, String logoUrl, String iconUrl, String footerText,
                       List<MenuLink> header, List<MenuLink> footer) {

    static SiteView of(Site site, ResolvedMenus menus) {
        Settings settings = site.settings();
        return new SiteView(settings.title(), settings.tagline(), settings.language().code(), settings.language().locale(),
                settings.timeZone(), settings.timeZone().getId(), settings.postsPerPage(), settings.registrationOpen(),
                settings.logoUrl(), settings.iconUrl(), settings.footerText(), menus.header(), menus.footer());
    }
}
