package io.inkwell.posts;

import java.time.LocalDate;

/** Posts first published in the week starting on {@code weekStart} (a Monday, UTC). */
public record WeeklyCount(LocalDate weekStart, long count) {
}
