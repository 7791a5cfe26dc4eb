package io.inkwell.mail.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inkwell.mail.*}: the sender's address ({@code INKWELL_MAIL_FROM}) and how the worker delivers. The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}, set from {@code INKWELL_SMTP_*}.
 *
 * @param from          the From address, with or without a name ("Ada's notes &lt;blog@example.com&gt;"); without a
 *                      name the site's title is used. Empty: {@code inkwell@} and the host of the site's address
 * @param pollInterval  how often each instance looks for due messages (a message written on it goes at once)
 * @param firstRetry    the wait after the first failed attempt; each further wait is twice the last
 * @param longestRetry  waits grow no longer than this
 * @param maxAttempts   attempts before a message is given up
 * @param workerEnabled false: this instance sends nothing (tests that deliver by hand)
 */
@ConfigurationProperties("inkwell.mail")
record MailSettings(@DefaultValue("") String from, @DefaultValue("5s") Duration pollInterval,
                    @DefaultValue("1m") Duration firstRetry, @DefaultValue("6h") Duration longestRetry,
                    @DefaultValue("12") int maxAttempts, @DefaultValue("true") boolean workerEnabled) {

    /** The wait after {@code attempts} failed attempts: 1, 2, 4, 8 … minutes, at most {@link #longestRetry()}. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
