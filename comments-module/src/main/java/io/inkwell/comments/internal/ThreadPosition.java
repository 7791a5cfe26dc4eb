package io.inkwell.comments.internal;

/**
 * How many comments precede one in its thread, counted up to a limit, and the path of the one right
 * before it (null when it comes first).
 */
record ThreadPosition(String previousPath, int preceding) {
}
