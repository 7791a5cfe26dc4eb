package io.inkwell.settings.internal;

import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.CommentPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The comment policy's columns of {@code site_settings}, as stored; {@code blockedWords} one per line. */
record CommentPolicyRow(CommentApproval commentApproval, boolean guestComments, String blockedWords,
                        int maxLinksPerComment, int reportThreshold) {

    CommentPolicy toPolicy() {
        return new CommentPolicy(commentApproval, guestComments, words(blockedWords), maxLinksPerComment, reportThreshold);
    }

    /** The lines, trimmed and in lower case, without empty ones or repeats. */
    static List<String> words(String lines) {
        if (lines == null) {
            return List.of();
        }
        return Arrays.stream(lines.split("\n")).map(line -> line.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty()).distinct().toList();
    }
}
