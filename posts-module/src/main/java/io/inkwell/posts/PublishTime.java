package io.inkwell.posts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A "Publish at" time as the editor's form sends it: a date and time ({@code 2026-05-01T09:30}, as an
 * {@code <input type="datetime-local">} writes it) and the time zone it was shown in. The posts context parses
 * and checks it (a malformed date, a missing or unknown zone, a time in the past or more than
 * {@link PostLimits#SCHEDULE_YEARS_MAX} years ahead are {@link InvalidPostException}s on {@code publishAt}).
 */
public record PublishTime(String dateTime, String zone) {

    /** The form's value for a moment in a zone, to the minute. */
    public static PublishTime of(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES);
        return new PublishTime(local.toString(), zone.getId());
    }
}
