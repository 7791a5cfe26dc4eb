package io.inkwell.comments;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a page of a thread continues: the path of the last comment shown. Paths are fixed-width
 * base-62 segments ordered like the thread, so the next page is one index seek past this one.
 */
public record ThreadCursor(String path) {

    /** Deep enough for any thread people write, short enough for a URL. */
    static final int MAX_DEPTH = 500;
    private static final Pattern PATH = Pattern.compile("(?:[0-9A-Za-z]{7}){1," + MAX_DEPTH + "}");

    public ThreadCursor {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a comment path: " + path);
        }
    }

    public String token() {
        return path;
    }

    /** Anything that is not a path means "from the start", as a hand-edited {@code after} of the listings does. */
    public static Optional<ThreadCursor> parse(String token) {
        if (token == null || token.length() > 7 * MAX_DEPTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ThreadCursor(token));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
