package io.inkwell.web.revisions;

import java.time.Instant;

/** A line of a revision list: the revision, who saved it (their name) and whether its text was ever public. */
record RevisionItem(int number, String title, Instant savedAt, String savedBy, boolean published) {
}
