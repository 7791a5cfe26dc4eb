package io.inkwell.web.navigation;

import java.util.List;

/** Both menus as links, items whose target is gone left out. */
public record ResolvedMenus(List<MenuLink> header, List<MenuLink> footer) {

    public ResolvedMenus {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
    }
}
