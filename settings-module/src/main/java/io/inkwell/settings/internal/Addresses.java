package io.inkwell.settings.internal;

import java.util.Locale;

/**
 * The addresses a setting or a menu item may hold: an http(s) URL, or a path of this site starting with one
 * slash. Anything else (a {@code javascript:} or {@code data:} URL, {@code //host}, which leaves the site,
 * white space, control characters, backslashes, which browsers read as slashes) is refused. The schema's
 * CHECK constraints hold the same pattern.
 */
final class Addresses {

    private Addresses() {
    }

    static boolean isAllowed(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\\') {
                return false;
            }
        }
        String lower = address.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"http://", "https://"}) {
            if (lower.startsWith(scheme)) {
                return address.length() > scheme.length() && address.charAt(scheme.length()) != '/';
            }
        }
        return address.startsWith("/") && !address.startsWith("//");
    }
}
