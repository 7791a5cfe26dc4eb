package io.inkwell.settings;

/**
 * The bounds of the site's settings and menu items. The services check them, the forms and their
 * {@code maxlength} read them, and the schema's CHECK constraints hold the same numbers (the settings
 * module's schema test stores one character over each).
 */
public final class SettingsLimits {

    public static final int TITLE_MAX = 100;
    public static final int TAGLINE_MAX = 200;
    public static final int TIME_ZONE_MAX = 64;
    public static final int URL_MAX = 500;
    public static final int FOOTER_TEXT_MAX = 1000;
    public static final int POSTS_PER_PAGE_MIN = 5;
    public static final int POSTS_PER_PAGE_MAX = 50;
    public static final int MENU_LABEL_MAX = 60;
    /** Items of one menu: a header holds a handful, and a bound keeps every menu one small read. */
    public static final int MENU_ITEMS_MAX = 20;
    /** The blocked words of the comment policy, all lines together. */
    public static final int BLOCKED_WORDS_MAX = 5000;
    public static final int MAX_LINKS_MIN = 0;
    public static final int MAX_LINKS_MAX = 50;
    public static final int REPORT_THRESHOLD_MIN = 1;
    public static final int REPORT_THRESHOLD_MAX = 100;

    private SettingsLimits() {
    }
}
