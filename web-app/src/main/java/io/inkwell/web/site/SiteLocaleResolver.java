package io.inkwell.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every page is in the site's language, whatever a browser's Accept-Language says: its words ({@code #{key}} and
 * {@link SiteMessages}, from the bundles), dates ({@code #site.date(...)}) and numbers are written in it, and a page
 * kept by the page cache for everyone is the same for everyone. Replaces Spring's Accept-Language resolver (the
 * bean name is what the DispatcherServlet looks for).
 */
@Component("localeResolver")
class SiteLocaleResolver implements LocaleResolver {

    private final CurrentSite site;

    SiteLocaleResolver(CurrentSite site) {
        this.site = site;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return site.view().locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The site's language is a site setting (/admin/settings)");
    }
}
