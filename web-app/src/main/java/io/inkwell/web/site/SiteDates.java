package io.inkwell.web.site;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How dates are written in the site's language and time zone, with the patterns of the bundles' {@code format.*}
 * keys ("2 Mar 2026" in English, "2. März 2026" in German). Made once each time the settings are read, with the
 * {@link SiteView}; templates use them through {@code #site.date(...)}, {@code #site.dateTime(...)} and
 * {@code #site.month(...)}.
 *
 * @param date      a day: {@code format.date}
 * @param dateTime  a day and its time: {@code format.dateTime}
 * @param month     a month: {@code format.month}
 * @param exactTime a moment with its zone, as a comment's time when pointed at: {@code format.exactTime}
 * @param dayMonth  a day without its year, under a chart's bars: {@code format.dayMonth}
 * @param weekday   a weekday and its day of the month, under a chart's bars: {@code format.weekday}
 */
public record SiteDates(DateTimeFormatter date, DateTimeFormatter dateTime, DateTimeFormatter month,
                        DateTimeFormatter exactTime, DateTimeFormatter dayMonth, DateTimeFormatter weekday) {

    static SiteDates of(MessageSource messages, Locale locale, ZoneId zone) {
        return new SiteDates(pattern(messages, "format.date", locale, zone), pattern(messages, "format.dateTime", locale, zone),
                pattern(messages, "format.month", locale, zone), pattern(messages, "format.exactTime", locale, zone),
                pattern(messages, "format.dayMonth", locale, zone), pattern(messages, "format.weekday", locale, zone));
    }

    private static DateTimeFormatter pattern(MessageSource messages, String key, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale).withZone(zone);
    }

    /** The temporal written with the formatter, or null for none (a post never published). */
    static String format(DateTimeFormatter formatter, TemporalAccessor temporal) {
        return temporal == null ? null : formatter.format(temporal);
    }
}
