package io.inkwell.exchange.internal;

import io.inkwell.users.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One import's state between its batches: who runs it, which site the file is from, and what the earlier batches made
 * of the file's authors, categories and commenters. It grows with those (a few per post at most), never with the
 * posts themselves.
 */
final class WxrImport {

    /** A run's report keeps this many entries; the counts go on beyond it. */
    static final int REPORT_MAX = 10_000;

    final Actor actor;
    final UUID runId;
    final String siteKey;
    /** The code of the language of the file's posts and pages, null for the site's. */
    final String language;
    final Map<Long, String> attachments;
    /** Authors by their login (what an item's dc:creator names) and by their WordPress id (what a comment's user id is). */
    final Map<String, UUID> authorsByLogin = new HashMap<>();
    final Map<Long, UUID> authorsById = new HashMap<>();
    final Map<String, UUID> categoriesByNicename = new HashMap<>();
    /** Commenters' accounts by email. */
    final Map<String, UUID> accountsByEmail = new HashMap<>();
    private int reportRoom = REPORT_MAX;

    WxrImport(Actor actor, UUID runId, String siteKey, String language, Map<Long, String> attachments) {
        this.actor = actor;
        this.runId = runId;
        this.siteKey = siteKey;
        this.language = language;
        this.attachments = attachments;
    }

    /** Whether the report has room for one more entry; the counts are kept either way. */
    boolean reportHasRoom() {
        if (reportRoom <= 0) {
            return false;
        }
        reportRoom--;
        return true;
    }

    static boolean isPostOrPage(Wxr.Item item) {
        return "post".equals(item.type()) || "page".equals(item.type());
    }
}
