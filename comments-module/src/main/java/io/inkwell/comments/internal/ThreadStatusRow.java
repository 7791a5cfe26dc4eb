package io.inkwell.comments.internal;

record ThreadStatusRow(long comments, boolean takesComments, boolean closedByAuthor) {
}
