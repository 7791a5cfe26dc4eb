package io.inkwell.settings;

/** The site's two menus: the navigation in the header and the links in the footer. */
public enum Menu {
    HEADER,
    FOOTER
}
