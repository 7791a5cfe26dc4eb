package io.inkwell.comments.internal;

import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The site's comment policy for a test: stored in the test's transaction, then read into the copy the comments
 * context applies. The copy's own refresh reads the settings again every few seconds on a thread of its own, which
 * sees only what is committed: it would put a new site's policy back in the middle of the test. So the refresh
 * pauses while a test's policy is in force, and {@link #forget} (called {@code @AfterTransaction}, once the policy
 * has rolled back) reads the settings again and resumes it, so the next test starts with a new site's policy.
 */
final class SitePolicy {

    private SitePolicy() {
    }

    static void set(JdbcTemplate jdbc, SiteSettings settings, String approval, boolean guestComments, String blockedWords,
            int maxLinks, int reportThreshold) {
        SettingsRows.commentPolicy(jdbc, approval, guestComments, blockedWords, maxLinks, reportThreshold);
        if (settings instanceof Lifecycle refresh) {
            refresh.stop();
        }
        settings.reload();
    }

    static void approval(JdbcTemplate jdbc, SiteSettings settings, String approval) {
        set(jdbc, settings, approval, false, null, 2, 3);
    }

    static void forget(SiteSettings settings) {
        settings.reload();
        if (settings instanceof Lifecycle refresh && !refresh.isRunning()) {
            refresh.start();
        }
    }
}
