package io.inkwell.comments.internal;

import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The site's comment policy for a test: stored, then read into the copy the comments context applies. A test
 * that sets one reads the settings again once its transaction has rolled back ({@code @AfterTransaction}), so the
 * next test starts with a new site's policy.
 */
final class SitePolicy {

    private SitePolicy() {
    }

    static void set(JdbcTemplate jdbc, SiteSettings settings, String approval, boolean guestComments, String blockedWords,
            int maxLinks, int reportThreshold) {
        SettingsRows.commentPolicy(jdbc, approval, guestComments, blockedWords, maxLinks, reportThreshold);
        settings.reload();
    }

    static void approval(JdbcTemplate jdbc, SiteSettings settings, String approval) {
        set(jdbc, settings, approval, false, null, 2, 3);
    }
}
