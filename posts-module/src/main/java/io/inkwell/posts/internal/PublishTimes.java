package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PublishTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A "Publish at" time as typed, checked: every problem is a message on the {@code publishAt} field, so the
 * editor shows it beside the field and keeps what was typed.
 */
final class PublishTimes {

    static final String FIELD = "publishAt";
    /** "2026-05-01T09:30:00.000000" and a little room: anything longer is not a date. */
    private static final int MAX_LENGTH = 32;

    private PublishTimes() {
    }

    /** The moment {@code time} names, in the future and at most {@link PostLimits#SCHEDULE_YEARS_MAX} years after {@code now}. */
    static Instant check(PublishTime time, Instant now) {
        String text = time == null ? null : StorableText.blankToNull(time.dateTime());
        if (text == null) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.publishAtMissing", "Choose the date and time to publish at."));
        }
        String zone = StorableText.blankToNull(time.zone());
        if (zone == null) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.publishZoneMissing",
                    "The time zone of this time is missing. Reload the editor and choose the time again."));
        }
        Instant at = local(text).atZone(zoneOf(zone)).toInstant().truncatedTo(ChronoUnit.MICROS);
        if (!at.isAfter(now)) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.publishAtPassed",
                    "This time has passed: choose one in the future, or publish now."));
        }
        if (at.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(PostLimits.SCHEDULE_YEARS_MAX).toInstant())) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.publishAtTooFar",
                    "A post can be scheduled at most {0} years ahead.", PostLimits.SCHEDULE_YEARS_MAX));
        }
        return at;
    }

    private static LocalDateTime local(String text) {
        try {
            if (text.length() > MAX_LENGTH) {
                throw new DateTimeParseException("too long", text, MAX_LENGTH);
            }
            // A browser without a date picker lets people type a space between the date and the time.
            return LocalDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.publishAtUnreadable",
                    "Write the date and time as 2026-05-01 09:30."));
        }
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidPostException(FIELD, Refusal.of("refused.post.publishZoneUnknown",
                    "The time zone of this time is not one the site knows. Reload the editor and choose the time again."));
        }
    }
}
