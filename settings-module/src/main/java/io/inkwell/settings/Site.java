package io.inkwell.settings;

import java.util.List;

/** Everything every page shows of the site's settings: the settings and both menus, in order. */
public record Site(Settings settings, List<NavigationItem> header, List<NavigationItem> footer) {

    public Site {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
    }

    public List<NavigationItem> menu(Menu menu) {
        return menu == Menu.HEADER ? header : footer;
    }
}
