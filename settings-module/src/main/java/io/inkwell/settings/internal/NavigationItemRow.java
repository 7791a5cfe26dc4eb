package io.inkwell.settings.internal;

import io.inkwell.settings.LinkKind;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.NavigationItem;
import java.util.UUID;

/** A row of {@code navigation_items}. */
record NavigationItemRow(UUID id, Menu menu, int position, String label, LinkKind targetKind, UUID targetId,
                         String targetUrl) {

    static NavigationItemRow of(UUID id, Menu menu, int position, String label, LinkTarget target) {
        return new NavigationItemRow(id, menu, position, label, target.kind(), target.id(), target.url());
    }

    NavigationItem toItem() {
        return new NavigationItem(id, menu, label, new LinkTarget(targetKind, targetId, targetUrl));
    }
}
