package io.inkwell.db.changes;

import java.util.regex.Pattern;

/** A channel name that needs no quoting in {@code LISTEN}, and means the same there as in {@code pg_notify}. */
final class ChannelName {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private ChannelName() {
    }

    static String check(String channel) {
        if (channel == null || !PLAIN_IDENTIFIER.matcher(channel).matches()) {
            throw new IllegalArgumentException("The changes channel (inkwell.cluster.channel, INKWELL_CHANGES_CHANNEL) "
                    + "must be lower-case letters, digits and '_', starting with a letter, at most 63: " + channel);
        }
        return channel;
    }
}
