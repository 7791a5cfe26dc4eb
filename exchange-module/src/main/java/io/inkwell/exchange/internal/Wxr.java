package io.inkwell.exchange.internal;

import java.util.List;

/** What a WordPress export file holds, as far as an import reads it. Texts are as the file has them. */
final class Wxr {

    private Wxr() {
    }

    /**
     * The exported site: its title, address ({@code wp:base_site_url}, else the channel's link) and language (as
     * WordPress writes it: {@code en-US}, {@code de-DE}; null when the file does not say).
     */
    record Channel(String title, String link, String baseSiteUrl, String language) {
    }

    record Author(String id, String login, String email, String displayName) {
    }

    /** A category; {@code parent} is the parent's nicename (WordPress's slug). */
    record Category(String nicename, String parent, String name, String description) {
    }

    record Tag(String nicename, String name) {
    }

    /** A category or tag an item is in: {@code domain} is "category" or "post_tag". */
    record Term(String domain, String nicename, String name) {
    }

    record Comment(long id, String author, String authorEmail, String date, String dateGmt, String content,
                   String approved, String type, long parent, long userId) {
    }

    /**
     * An item: a post, page, attachment or another kind of WordPress entry. {@code thumbnailId} is the
     * {@code _thumbnail_id} meta (the featured image's attachment), {@code attachmentUrl} an attachment's file.
     */
    record Item(long id, String title, String link, String creator, String content, String excerpt, String date,
                String dateGmt, String modifiedGmt, String postName, String status, String type, long parent,
                String attachmentUrl, Long thumbnailId, List<Term> terms, List<Comment> comments) {
    }

    /** Receives the file's parts in the order they come. */
    interface Handler {

        default void channel(Channel channel) {
        }

        default void author(Author author) {
        }

        default void category(Category category) {
        }

        default void tag(Tag tag) {
        }

        default void item(Item item) {
        }
    }
}
