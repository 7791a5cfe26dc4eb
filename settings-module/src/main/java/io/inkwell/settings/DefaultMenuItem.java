package io.inkwell.settings;

import java.util.Optional;
import java.util.UUID;

/**
 * The items a new site's menus start with: Home, Categories and Trending in the header, the Atom feed in the
 * footer. Their ids are fixed, so the admin page can move or remove one before anything is stored. Their labels
 * are stored in English, and shown in the site's language (the bundles' {@link #code()}) for as long as an admin
 * keeps them: a renamed item shows its label as typed.
 */
public enum DefaultMenuItem {

    HOME(1, Menu.HEADER, "Home", "navigation.default.home", LinkTarget.home()),
    CATEGORIES(2, Menu.HEADER, "Categories", "navigation.default.categories", LinkTarget.address("/categories")),
    TRENDING(3, Menu.HEADER, "Trending", "navigation.default.trending", LinkTarget.address("/trending")),
    FEED(4, Menu.FOOTER, "Atom feed", "navigation.default.feed", LinkTarget.address("/feed.xml"));

    private final UUID id;
    private final Menu menu;
    private final String label;
    private final String code;
    private final LinkTarget target;

    DefaultMenuItem(int number, Menu menu, String label, String code, LinkTarget target) {
        this.id = UUID.fromString("00000000-0000-7000-8000-00000000000" + number);
        this.menu = menu;
        this.label = label;
        this.code = code;
        this.target = target;
    }

    public UUID id() {
        return id;
    }

    public Menu menu() {
        return menu;
    }

    /** The label as stored, in English. */
    public String label() {
        return label;
    }

    /** The message code of the label in the site's language. */
    public String code() {
        return code;
    }

    public LinkTarget target() {
        return target;
    }

    /** The code of the item's label if it is a default item still labelled as it came, else empty. */
    public static Optional<String> labelCodeOf(NavigationItem item) {
        for (DefaultMenuItem each : values()) {
            if (each.id.equals(item.id()) && each.label.equals(item.label())) {
                return Optional.of(each.code);
            }
        }
        return Optional.empty();
    }
}
