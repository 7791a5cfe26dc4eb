package io.inkwell.comments.internal;

/** Whether a post takes comments, as its thread's row (held FOR SHARE) and its author's switch say. */
record ThreadGate(boolean takesComments, boolean closedByAuthor) {
}
