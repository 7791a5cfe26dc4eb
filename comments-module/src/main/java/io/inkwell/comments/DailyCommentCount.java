package io.inkwell.comments;

import java.time.LocalDate;

public record DailyCommentCount(LocalDate day, long comments) {
}
