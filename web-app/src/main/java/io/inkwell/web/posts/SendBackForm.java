package io.inkwell.web.posts;

import static io.inkwell.posts.PostLimits.REVIEW_NOTE_MAX;

import jakarta.validation.constraints.Size;

/** The note a reviewer writes when sending a submitted post back to its author. */
record SendBackForm(@Size(max = REVIEW_NOTE_MAX, message = "{validation.atMost}") String note) {
}
