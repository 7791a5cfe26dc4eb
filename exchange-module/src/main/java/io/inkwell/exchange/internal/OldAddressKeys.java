package io.inkwell.exchange.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an old address is kept and looked up: the path percent-decoded, without its trailing slash, so that
 * "/2019/05/caf%C3%A9/", "/2019/05/café" and "/2019/05/CAF%c3%a9/" as WordPress may write them are one key whatever a
 * browser sends. At the root only WordPress's own query links count: "/?p=123" (a post) and "/?page_id=7" (a page).
 */
final class OldAddressKeys {

    static final int PATH_MAX = 2000;
    private static final Pattern SHORT_LINK = Pattern.compile("(?:^|&)(p|page_id)=(\\d{1,18})(?:&|$)");

    private OldAddressKeys() {
    }

    static Optional<String> keyOf(String rawPath, String rawQuery) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String path = WordPressText.percentDecoded(rawPath);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/")) {
            if (rawQuery == null) {
                return Optional.empty();
            }
            Matcher link = SHORT_LINK.matcher(rawQuery.toLowerCase(Locale.ROOT));
            return link.find() ? Optional.of(shortLink(link.group(1), Long.parseLong(link.group(2)))) : Optional.empty();
        }
        return path.length() > PATH_MAX || path.indexOf('\u0000') >= 0 ? Optional.empty() : Optional.of(path);
    }

    /** "/?p=123" or "/?page_id=7". */
    static String shortLink(String parameter, long id) {
        return "/?" + parameter + "=" + id;
    }
}
