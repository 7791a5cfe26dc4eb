package io.inkwell.web.site;

import io.inkwell.settings.Site;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.SiteSettingsLoaded;
import io.inkwell.web.navigation.Menus;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The site's settings with their menus resolved, as every page shows them. Rebuilt each time the settings
 * are read ({@link SiteSettingsLoaded}: every few seconds on the settings' own thread, and after a save on
 * this instance), so a renamed or deleted category shows in the menus as soon as a change of the settings
 * does, and no page waits on the database for either. The ways of writing dates in the site's language are made
 * with it.
 */
@Component
public class CurrentSite {

    private final SiteSettings settings;
    private final Menus menus;
    private final MessageSource messages;
    private volatile SiteView view;

    CurrentSite(SiteSettings settings, Menus menus, MessageSource messages) {
        this.settings = settings;
        this.menus = menus;
        this.messages = messages;
    }

    public SiteView view() {
        SiteView shown = view;
        if (shown == null) {
            // Only before the settings were first read (start-up): afterwards each read sets the view.
            shown = build(settings.current());
            view = shown;
        }
        return shown;
    }

    @EventListener
    void settingsLoaded(SiteSettingsLoaded loaded) {
        view = build(loaded.site());
    }

    /** An unchanged site keeps its view, so what was rendered with it and kept by it stays valid. */
    private SiteView build(Site site) {
        SiteView previous = view;
        SiteView fresh = SiteView.of(site, menus.resolve(site, site.settings().language().locale()), messages, previous);
        return fresh.equals(previous) ? previous : fresh;
    }
}
