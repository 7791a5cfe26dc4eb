package io.inkwell.settings.internal;

import io.inkwell.settings.CommentPolicy;
import io.inkwell.settings.Site;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the site's settings, its comment policy and menus: three statements (one on a new site), all bounded. */
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
        return row.isEmpty() ? DefaultSite.site() : DefaultSite.site(row.get().toSettings(commentPolicy(settings)), navigation.selectAll());
    }

    /** The policy of the stored row (a row written before the policy existed has the defaults in its columns). */
    static CommentPolicy commentPolicy(SettingsMapper settings) {
        return settings.selectCommentPolicy().map(CommentPolicyRow::toPolicy).orElseGet(CommentPolicy::defaults);
    }
}
