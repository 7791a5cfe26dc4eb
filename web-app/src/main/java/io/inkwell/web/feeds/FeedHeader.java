package io.inkwell.web.feeds;

/**
 * What a feed says about itself: its title, the page it follows (also its Atom id, so a feed keeps its
 * identity however its entries change) and its own address.
 */
record FeedHeader(String title, String pageUrl, String selfUrl) {
}
