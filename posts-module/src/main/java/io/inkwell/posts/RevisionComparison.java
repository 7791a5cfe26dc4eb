package io.inkwell.posts;

import java.util.List;

/**
 * Two revisions and a line diff from {@code older} to {@code newer}. The compared text is the revision as an
 * author sees it: the title, the excerpt, the categories and tags (for posts), then the Markdown line by line.
 * {@code subjectTitle} is the title the post or page has now.
 */
public record RevisionComparison(String subjectTitle, RevisionSummary older, RevisionSummary newer, List<DiffLine> lines) {

    public RevisionComparison {
        lines = List.copyOf(lines);
    }

    public boolean identical() {
        return lines.stream().allMatch(line -> line.change() == DiffLine.Change.UNCHANGED
                || line.change() == DiffLine.Change.SKIPPED);
    }

    public long added() {
        return lines.stream().filter(line -> line.change() == DiffLine.Change.ADDED).count();
    }

    public long removed() {
        return lines.stream().filter(line -> line.change() == DiffLine.Change.REMOVED).count();
    }
}
