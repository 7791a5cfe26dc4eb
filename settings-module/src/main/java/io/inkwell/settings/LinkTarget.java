package io.inkwell.settings;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a menu item leads: the home page, a category, page or tag by id, or an address (an http(s) URL or a
 * path of this site). Only a reference carries an id and only an address a URL; whether they are given, and
 * whether the address is one the site takes, is checked when the item is saved.
 */
public record LinkTarget(LinkKind kind, UUID id, String url) {

    public LinkTarget {
        Objects.requireNonNull(kind, "kind");
        if (id != null && !kind.isReference()) {
            throw new IllegalArgumentException("A " + kind + " target takes no id");
        }
        if (url != null && kind != LinkKind.URL) {
            throw new IllegalArgumentException("A " + kind + " target takes no address");
        }
    }

    public static LinkTarget home() {
        return new LinkTarget(LinkKind.HOME, null, null);
    }

    public static LinkTarget to(LinkKind kind, UUID id) {
        return new LinkTarget(kind, id, null);
    }

    public static LinkTarget address(String url) {
        return new LinkTarget(LinkKind.URL, null, url);
    }
}
