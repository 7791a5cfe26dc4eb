package io.inkwell.web.comments;

import java.time.Duration;
import java.time.Instant;

/** "3 hours ago": how long ago something happened, in the largest whole unit. */
final class RelativeTime {

    private RelativeTime() {
    }

    static String between(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return ago(minutes, "minute");
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return ago(hours, "hour");
        }
        long days = hours / 24;
        if (days < 30) {
            return ago(days, "day");
        }
        if (days < 365) {
            return ago(days / 30, "month");
        }
        return ago(days / 365, "year");
    }

    private static String ago(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s") + " ago";
    }
}
