package io.inkwell.settings.test;

import io.inkwell.db.TimeOrderedIds;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settings context's rows written with plain SQL, as another instance would have saved them. The copy
 * of the settings pages read is refreshed every few seconds: after writing here, a test that reads pages
 * calls {@code SiteSettings.reload()} first.
 */
public final class SettingsRows {

    private SettingsRows() {
    }

    /** The settings row with the defaults and this title, and no menu items (so both menus are empty). */
    public static void stored(JdbcTemplate jdbc, String title) {
        jdbc.update("""
                insert into site_settings (id, title, language, time_zone, posts_per_page, registration_open)
                values (1, ?, 'en', 'UTC', 10, true)
                on conflict (id) do update set title = excluded.title""", title);
    }

    /** The settings row in this language ({@code en}, {@code de}), with the defaults for a new row. */
    public static void language(JdbcTemplate jdbc, String code) {
        jdbc.update("""
                insert into site_settings (id, title, language, time_zone, posts_per_page, registration_open)
                values (1, 'Inkwell', ?, 'UTC', 10, true)
                on conflict (id) do update set language = excluded.language""", code);
    }

    /** An item at the end of a menu ({@code header} or {@code footer}) leading to an address. */
    public static UUID menuItem(JdbcTemplate jdbc, String menu, String label, String url) {
        return item(jdbc, menu, label, "url", null, url);
    }

    /** An item at the end of a menu leading to a category, page or tag ({@code kind}) by its id. */
    public static UUID menuItem(JdbcTemplate jdbc, String menu, String label, String kind, UUID targetId) {
        return item(jdbc, menu, label, kind, targetId, null);
    }

    /** Stores the settings row too if there is none: without it a site shows its default menus. */
    private static UUID item(JdbcTemplate jdbc, String menu, String label, String kind, UUID targetId, String url) {
        jdbc.update("""
                insert into site_settings (id, title, language, time_zone, posts_per_page, registration_open)
                values (1, 'Inkwell', 'en', 'UTC', 10, true) on conflict (id) do nothing""");
        UUID id = TimeOrderedIds.next();
        jdbc.update("""
                insert into navigation_items (id, menu, position, label, target_kind, target_id, target_url)
                values (?, ?, (select coalesce(max(position) + 1, 0) from navigation_items where menu = ?), ?, ?, ?, ?)""",
                id, menu, menu, label, kind, targetId, url);
        return id;
    }
}
