package io.inkwell.comments;

import io.inkwell.db.KeysetTokens;
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

    /** Read by {@link KeysetTokens}' rule, as the listings' {@code after} is: anything that is not a path means "from the start". */
    public static Optional<ThreadCursor> parse(String token) {
        return KeysetTokens.bounded(token, 7 * MAX_DEPTH).filter(path -> PATH.matcher(path).matches()).map(ThreadCursor::new);
    }
}
