package io.inkwell.settings.internal;

import io.inkwell.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The one settings row, inside a write's transaction. A new site has none: the first change writes the
 * defaults and the default menus, so that it changes what readers already saw.
 */
@Component
class SiteStore {

    private final SettingsMapper settings;
    private final NavigationMapper navigation;

    SiteStore(SettingsMapper settings, NavigationMapper navigation) {
        this.settings = settings;
        this.navigation = navigation;
    }

    /**
     * Writes the defaults if the row is missing. Two first changes at once write it once: the second insert
     * waits for the first to commit and then writes nothing, and only the writer of the row writes the menus.
     */
    void ensureStored() {
        if (settings.insertIfMissing(SettingsRow.of(Settings.defaults())) == 1) {
            navigation.insertAll(DefaultSite.MENUS);
        }
    }

    /** {@link #ensureStored()}, then holds the row until the transaction ends: menu changes take turns. */
    void ensureStoredAndLock() {
        ensureStored();
        settings.lock();
    }
}
