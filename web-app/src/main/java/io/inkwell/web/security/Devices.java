package io.inkwell.web.security;

/**
 * A browser's user agent said the way the sessions list shows it: "Firefox on Linux". Only the common browsers
 * and systems are told apart; anything else is named by its first word, never shown whole.
 */
final class Devices {

    private Devices() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        return browser(userAgent) + " on " + system(userAgent);
    }

    private static String browser(String agent) {
        if (agent.contains("Edg/")) {
            return "Edge";
        }
        if (agent.contains("OPR/") || agent.contains("Opera")) {
            return "Opera";
        }
        if (agent.contains("Firefox/")) {
            return "Firefox";
        }
        if (agent.contains("Chrome/") || agent.contains("Chromium/") || agent.contains("HeadlessChrome/")) {
            return "Chrome";
        }
        if (agent.contains("Safari/")) {
            return "Safari";
        }
        String first = agent.strip().split("[/\\s]", 2)[0];
        return first.length() <= 30 ? first : first.substring(0, 30);
    }

    private static String system(String agent) {
        if (agent.contains("Android")) {
            return "Android";
        }
        if (agent.contains("iPhone") || agent.contains("iPad")) {
            return "iOS";
        }
        if (agent.contains("Windows")) {
            return "Windows";
        }
        if (agent.contains("Mac OS X") || agent.contains("Macintosh")) {
            return "macOS";
        }
        if (agent.contains("Linux") || agent.contains("X11")) {
            return "Linux";
        }
        return "an unknown system";
    }
}
