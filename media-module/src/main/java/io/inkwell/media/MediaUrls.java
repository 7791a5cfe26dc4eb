package io.inkwell.media;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an image's address, {@code /media/{hash}/{variant}/{name}}: {@code hash} the SHA-256 of the file
 * as uploaded, {@code variant} {@code original} or a width, {@code name} a cleaned name only for people (any
 * name serves the same bytes). The same address always answers with the same bytes, so browsers keep them.
 */
public final class MediaUrls {

    public static final String PREFIX = "/media/";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VARIANT = Pattern.compile("original|480|960|1600");
    /** Relative or absolute (any origin, any path before /media/, as behind a base path), no query or fragment. */
    private static final Pattern MEDIA_URL = Pattern.compile(
            "^(?:https?://[^/?#\\s]+)?(?:/[^?#\\s]*)?/media/([0-9a-f]{64})/(original|480|960|1600)/([^/?#\\s]+)$");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

    private MediaUrls() {
    }

    /** A reference to a stored image, read from an address. */
    public record MediaRef(String hash, String variant, String name) {
    }

    public static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    public static boolean isVariant(String text) {
        return text != null && VARIANT.matcher(text).matches();
    }

    public static String path(String hash, String variant, String urlName) {
        return PREFIX + hash + "/" + variant + "/" + urlName;
    }

    /**
     * The image an address names, whether written relative ({@code /media/…}) or absolute: the library
     * recognises its images by the shape of the path, as posts and avatars keep them in either form.
     */
    public static Optional<MediaRef> parse(String url) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        Matcher matcher = MEDIA_URL.matcher(url.strip());
        return matcher.matches() ? Optional.of(new MediaRef(matcher.group(1), matcher.group(2), matcher.group(3)))
                : Optional.empty();
    }

    /** The hash an address names, if it is one of this library's. */
    public static Optional<String> hashOf(String url) {
        return parse(url).map(MediaRef::hash);
    }

    /**
     * A name for addresses: the file name's letters and digits in lower case ASCII, joined by hyphens, at most
     * 60 of them ({@code image} when none are left), with the extension of the stored format.
     */
    public static String urlName(String fileName, String format) {
        String base = fileName == null ? "" : fileName;
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String ascii = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = NOT_NAME.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "image" : slug) + ("png".equals(format) ? ".png" : ".jpg");
    }
}
