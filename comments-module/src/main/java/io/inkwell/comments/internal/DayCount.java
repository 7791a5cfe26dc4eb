package io.inkwell.comments.internal;

import java.time.LocalDate;

record DayCount(LocalDate day, long comments) {
}
