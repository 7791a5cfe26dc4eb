package io.inkwell.settings.internal;

import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.Settings;
import io.inkwell.settings.Site;
import java.util.List;
import java.util.UUID;

/**
 * A new site: {@link Settings#defaults()} and the menus the site had before it had settings (Home, Categories,
 * Trending; the Atom feed in the footer). The default items have fixed ids, so the admin page can move or
 * remove one before anything is stored: the first change stores them under these ids, then applies.
 */
final class DefaultSite {

    static final List<NavigationItemRow> MENUS = List.of(
            NavigationItemRow.of(id(1), Menu.HEADER, 0, "Home", LinkTarget.home()),
            NavigationItemRow.of(id(2), Menu.HEADER, 1, "Categories", LinkTarget.address("/categories")),
            NavigationItemRow.of(id(3), Menu.HEADER, 2, "Trending", LinkTarget.address("/trending")),
            NavigationItemRow.of(id(4), Menu.FOOTER, 0, "Atom feed", LinkTarget.address("/feed.xml")));

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

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-7000-8000-00000000000" + n);
    }
}
