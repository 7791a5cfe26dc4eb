package io.inkwell.web.security;

import io.inkwell.web.site.SiteMessages;

/**
 * A browser's user agent said the way the sessions list shows it, in the site's language: "Firefox on Linux". Only
 * the common browsers and systems are told apart; anything else is named by its first word, never shown whole.
 * Browsers and systems go by their own names in every language; only the words around them are the bundles'.
 */
final class Devices {

    private Devices() {
    }

    static String of(String userAgent, SiteMessages messages) {
        if (userAgent == null || userAgent.isBlank()) {
            return messages.getMessage("account.security.unknownBrowser");
        }
        String system = system(userAgent);
        return messages.getMessage("account.security.device", new Object[] {browser(userAgent),
                system == null ? messages.getMessage("account.security.unknownSystem") : system});
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

    /** The system, or null when it is none of the common ones. */
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
        return null;
    }
}
