package io.inkwell.settings;

import java.util.UUID;

/** One item of a menu: the words shown and where they lead. */
public record NavigationItem(UUID id, Menu menu, String label, LinkTarget target) {
}
