package io.inkwell.web.comments;

import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSourceResolvable;

/** "3 hours ago": how long ago something happened, in the largest whole unit, as words of the bundles. */
final class RelativeTime {

    private RelativeTime() {
    }

    static Ago between(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 60) {
            return new Ago("comments.thread.justNow", 0);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return new Ago("comments.thread.minutesAgo", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return new Ago("comments.thread.hoursAgo", hours);
        }
        long days = hours / 24;
        if (days < 30) {
            return new Ago("comments.thread.daysAgo", days);
        }
        if (days < 365) {
            return new Ago("comments.thread.monthsAgo", days / 30);
        }
        return new Ago("comments.thread.yearsAgo", days / 365);
    }

    /** The words' bundle code and the whole number of units: equal distances are equal values, so their words can be kept. */
    record Ago(String code, long amount) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return new Object[] {amount};
        }
    }
}
