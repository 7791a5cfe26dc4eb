package io.inkwell.posts;

import io.inkwell.db.Page;

/** A page of the revisions of a post or a page, newest first, with the title it has now. */
public record RevisionList(String subjectTitle, Page<RevisionSummary> revisions) {
}
