package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.posts.PostLimits.TAGS_PER_POST_MAX;
import static io.inkwell.posts.PostLimits.TAG_NAME_MAX;

import io.inkwell.db.StorableText;
import io.inkwell.posts.InvalidPostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a tag name is: the typed text with its whitespace and control characters made one space and its ends trimmed, at most
 * {@code TAG_NAME_MAX} characters, no comma (the editor separates names with commas). Two names are one tag
 * when they are equal ignoring case.
 */
final class TagNames {

    /** The editor's field, which the form shows the message beside. */
    static final String FIELD = "tags";

    /** Every Unicode space (no-break and line separators too), so a name reads as one line of words. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** What the schema refuses in a name besides the comma: control characters (C0, DEL, C1). */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private TagNames() {
    }

    /** The name as it is stored (control characters as spaces), or null when nothing but whitespace was typed. */
    static String clean(String typed) {
        String storable = StorableText.blankToNull(typed);
        if (storable == null) {
            return null;
        }
        String name = WHITESPACE.matcher(CONTROL.matcher(storable).replaceAll(" ")).replaceAll(" ").strip();
        return name.isEmpty() ? null : name;
    }

    /** What is wrong with a cleaned name, or null when the site takes it. */
    static Refusal problemWith(String name) {
        if (name == null) {
            return Refusal.of("refused.tag.nameMissing", "A tag needs a name.");
        }
        if (name.length() > TAG_NAME_MAX) {
            return Refusal.of("refused.tag.nameTooLong", "A tag can be at most {0} characters long: \"{1}…\" is longer.",
                    TAG_NAME_MAX, name.substring(0, 20));
        }
        if (name.indexOf(',') >= 0) {
            return Refusal.of("refused.tag.nameWithComma", "A tag name cannot hold a comma.");
        }
        return null;
    }

    /** The key under which names that differ only in case are one. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * A post's tags as typed: blanks dropped, names cleaned, repeats (whatever their case) kept once in their
     * first spelling, in the order typed. A name or a number over its limit is an {@link InvalidPostException} of the
     * Tags field.
     */
    static List<String> forPost(List<String> typed) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String each : typed) {
            String name = clean(each);
            if (name == null) {
                continue;
            }
            Refusal problem = problemWith(name);
            if (problem != null) {
                throw new InvalidPostException(FIELD, problem);
            }
            names.putIfAbsent(key(name), name);
        }
        if (names.size() > TAGS_PER_POST_MAX) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.tooManyTags",
                    "A post can have at most {0} tags; this one has {1}.", TAGS_PER_POST_MAX, names.size()));
        }
        return new ArrayList<>(names.values());
    }
}
