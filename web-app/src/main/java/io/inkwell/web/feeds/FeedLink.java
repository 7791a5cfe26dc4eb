package io.inkwell.web.feeds;

/**
 * An Atom feed as a page announces it: in its head ({@code <link rel="alternate">}, for feed readers'
 * autodiscovery) and as a link people can copy. {@code url} is absolute, from the base URL.
 */
public record FeedLink(String title, String url) {
}
