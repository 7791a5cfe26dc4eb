package io.inkwell.settings.internal;

import io.inkwell.settings.DefaultMenuItem;
import io.inkwell.settings.Menu;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.Settings;
import io.inkwell.settings.Site;
import java.util.Arrays;
import java.util.List;

/**
 * A new site: {@link Settings#defaults()} and the menus the site had before it had settings
 * ({@link DefaultMenuItem}: Home, Categories, Trending; the Atom feed in the footer). The default items have fixed
 * ids, so the admin page can move or remove one before anything is stored: the first change stores them under
 * these ids, then applies.
 */
final class DefaultSite {

    static final List<NavigationItemRow> MENUS = Arrays.stream(DefaultMenuItem.values())
            .map(item -> NavigationItemRow.of(item.id(), item.menu(), positionIn(item), item.label(), item.target()))
            .toList();

    private DefaultSite() {
    }

    static Site site() {
        return site(Settings.defaults(), MENUS);
    }

    /** The settings with these menu rows, each menu in the rows' order. */
    static Site site(Settings settings, List<NavigationItemRow> rows) {
        return new Site(settings, items(rows, Menu.HEADER), items(rows, Menu.FOOTER));
    }

    static List<NavigationItem> items(List<NavigationItemRow> rows, Menu menu) {
        return rows.stream().filter(row -> row.menu() == menu).map(NavigationItemRow::toItem).toList();
    }

    private static int positionIn(DefaultMenuItem item) {
        return (int) Arrays.stream(DefaultMenuItem.values()).filter(other -> other.menu() == item.menu()
                && other.ordinal() < item.ordinal()).count();
    }
}
