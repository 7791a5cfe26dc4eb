package io.inkwell.settings.internal;

import io.inkwell.settings.Site;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the site's settings (with its comment policy) and menus: two statements (one on a new site), both bounded. */
@Component
class SiteLoader {

    private final SettingsMapper settings;
    private final NavigationMapper navigation;

    SiteLoader(SettingsMapper settings, NavigationMapper navigation) {
        this.settings = settings;
        this.navigation = navigation;
    }

    @Transactional(readOnly = true)
    public Site load() {
        Optional<SettingsRow> row = settings.selectSettings();
        return row.isEmpty() ? DefaultSite.site() : DefaultSite.site(row.get().toSettings(), navigation.selectAll());
    }
}
