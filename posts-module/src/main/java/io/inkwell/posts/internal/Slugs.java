package io.inkwell.posts.internal;

import static io.inkwell.posts.PostLimits.SLUG_MAX;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII words joined by hyphens, as the schema's check constraints demand. */
final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Crème Brûlée: 10 tips!" becomes "creme-brulee-10-tips"; text without any letter or digit gets the fallback. */
    static String from(String text, String fallback) {
        if (text == null) {
            return fallback;
        }
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimHyphens(NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.length() > SLUG_MAX) {
            slug = trimHyphens(slug.substring(0, SLUG_MAX));
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}… that is not taken. */
    static String firstFree(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The slug for something that already has the slugs {@code own} (an edit keeps its own) or none: {@code base}
     * if it is one of them, else the first free of its {@code -N}, where taken are those {@code takenFrom} reads
     * (asked only then), less {@code own}, plus {@code alsoTaken}.
     */
    static String firstFreeFor(String base, Set<String> own, Set<String> alsoTaken,
                               Function<String, List<String>> takenFrom) {
        if (own.contains(base)) {
            return base;
        }
        Set<String> taken = new HashSet<>(takenFrom.apply(base));
        taken.removeAll(own);
        taken.addAll(alsoTaken);
        return firstFree(base, taken);
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
