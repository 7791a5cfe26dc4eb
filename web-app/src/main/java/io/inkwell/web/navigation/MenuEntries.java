package io.inkwell.web.navigation;

import java.util.List;

/** Both menus' stored items as the admin page lists them. */
public record MenuEntries(List<MenuEntry> header, List<MenuEntry> footer) {

    public MenuEntries {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
    }
}
