package io.inkwell.posts;

/**
 * A line of a comparison of two revisions: added, removed or unchanged, with its line numbers in the older
 * ({@code oldNumber}) and newer ({@code newNumber}) text (0 where it has none). A run of unchanged lines far from
 * any change is one {@code SKIPPED} line that says how many it stands for ({@code skipped}).
 */
public record DiffLine(Change change, String text, int oldNumber, int newNumber, int skipped) {

    public enum Change { ADDED, REMOVED, UNCHANGED, SKIPPED }
}
