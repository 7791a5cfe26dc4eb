package io.inkwell.posts;

/** A search result; {@code snippetHtml} is escaped text whose only markup is {@code <mark>}. */
public record SearchHit(PostSummary post, String snippetHtml) {
}
