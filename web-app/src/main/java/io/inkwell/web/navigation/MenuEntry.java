package io.inkwell.web.navigation;

import java.util.UUID;

/**
 * A stored menu item as the admin page lists it: where it leads in words ("Category: Java") and, unless its
 * target is gone (a deleted category), the link readers follow.
 */
public record MenuEntry(UUID id, String label, String leadsTo, String href, boolean first, boolean last) {

    /** The target no longer exists: the item is left out of the menu until it is removed. */
    public boolean isGone() {
        return href == null;
    }
}
