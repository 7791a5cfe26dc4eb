package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** One save in a revision list: its number, the title it had, who saved it ({@code savedBy}, a user) and when. */
public record RevisionSummary(int number, String title, UUID savedBy, Instant savedAt, boolean published) {
}
