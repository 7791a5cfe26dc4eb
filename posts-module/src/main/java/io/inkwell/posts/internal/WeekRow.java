package io.inkwell.posts.internal;

import java.time.LocalDate;

record WeekRow(LocalDate weekStart, long count) {
}
