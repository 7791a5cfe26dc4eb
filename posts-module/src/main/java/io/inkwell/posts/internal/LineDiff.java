package io.inkwell.posts.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.inkwell.posts.DiffLine;
import io.inkwell.posts.DiffLine.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff (Myers', by java-diff-utils) as a reader follows it: every line of both texts in order, removed lines
 * before the lines added in their place, and each run of unchanged lines more than {@link #CONTEXT} lines away from
 * a change folded into one {@code SKIPPED} line.
 */
final class LineDiff {

    static final int CONTEXT = 3;

    private LineDiff() {
    }

    static List<DiffLine> between(List<String> older, List<String> newer) {
        return folded(aligned(older, newer));
    }

    private static List<DiffLine> aligned(List<String> older, List<String> newer) {
        List<DiffLine> lines = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                lines.add(new DiffLine(Change.UNCHANGED, older.get(o), ++o, ++n, 0));
            }
            for (String line : delta.getSource().getLines()) {
                lines.add(new DiffLine(Change.REMOVED, line, ++o, 0, 0));
            }
            for (String line : delta.getTarget().getLines()) {
                lines.add(new DiffLine(Change.ADDED, line, 0, ++n, 0));
            }
        }
        while (o < older.size()) {
            lines.add(new DiffLine(Change.UNCHANGED, older.get(o), ++o, ++n, 0));
        }
        return lines;
    }

    private static List<DiffLine> folded(List<DiffLine> lines) {
        boolean[] shown = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).change() != Change.UNCHANGED) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
                    shown[j] = true;
                }
            }
        }
        List<DiffLine> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (shown[i]) {
                result.add(lines.get(i++));
                continue;
            }
            int start = i;
            while (i < lines.size() && !shown[i]) {
                i++;
            }
            DiffLine first = lines.get(start);
            result.add(new DiffLine(Change.SKIPPED, "", first.oldNumber(), first.newNumber(), i - start));
        }
        return result;
    }
}
