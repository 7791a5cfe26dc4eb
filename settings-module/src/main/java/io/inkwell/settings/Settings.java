package io.inkwell.settings;

import java.time.ZoneId;

/**
 * The site's settings as stored (or its defaults, on a new site). Optional texts are null when not set.
 *
 * @param twoFactorRequired "Require two-factor sign-in for admins and editors": staff without it can only set it up
 * @param version  moves on with every save; a save must name the version its form was opened on
 * @param comments how the site takes comments (saved by a form of its own, sharing the version)
 */
public record Settings(String title, String tagline, SiteLanguage language, ZoneId timeZone, int postsPerPage,
                       boolean registrationOpen, String logoUrl, String iconUrl, String footerText,
                       boolean twoFactorRequired, int version, CommentPolicy comments) {

    /** What a new site's owner sees before changing anything. */
    public static final String DEFAULT_TITLE = "Inkwell";
    public static final int DEFAULT_POSTS_PER_PAGE = 10;

    public static Settings defaults() {
        return new Settings(DEFAULT_TITLE, null, SiteLanguage.ENGLISH, ZoneId.of("UTC"), DEFAULT_POSTS_PER_PAGE, true,
                null, null, null, false, 0, CommentPolicy.defaults());
    }
}
