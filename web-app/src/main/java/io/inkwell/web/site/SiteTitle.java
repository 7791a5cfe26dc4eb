package io.inkwell.web.site;

import org.springframework.stereotype.Component;

/**
 * The site's name as machines are told it: the feeds' titles, {@code og:site_name} and the publisher of a
 * post's JSON-LD. One place, so that a title the admin sets reaches all of them at once.
 */
@Component
public class SiteTitle {

    private static final String TODAY = "Inkwell";

    public String current() {
        return TODAY;
    }
}
