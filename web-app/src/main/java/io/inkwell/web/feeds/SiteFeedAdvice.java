package io.inkwell.web.feeds;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page announces the site's feed in its head, so a feed reader given any page of the site finds it. */
@ControllerAdvice
class SiteFeedAdvice {

    private final FeedLinks feeds;

    SiteFeedAdvice(FeedLinks feeds) {
        this.feeds = feeds;
    }

    @ModelAttribute("siteFeed")
    FeedLink siteFeed() {
        return feeds.site();
    }
}
