package io.inkwell.posts;

/** A page that matches a search; {@code snippetHtml} is escaped text whose only markup is {@code <mark>}. */
public record PageHit(String title, String slug, String snippetHtml) {
}
