package io.inkwell.posts;

import java.util.Arrays;
import java.util.List;

/**
 * The editor's Tags field: names separated by commas (a name never holds a comma). What each name may be is the
 * service's rule ({@link PostLimits#TAG_NAME_MAX}, {@link PostLimits#TAGS_PER_POST_MAX}).
 */
public final class TagField {

    private TagField() {
    }

    /** The names as typed, blanks included: the service trims, drops empties and duplicates, and checks the limits. */
    public static List<String> split(String field) {
        return field == null ? List.of() : Arrays.asList(field.split(",", -1));
    }

    public static String join(List<String> names) {
        return String.join(", ", names);
    }
}
