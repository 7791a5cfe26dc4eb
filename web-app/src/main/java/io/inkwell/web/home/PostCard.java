package io.inkwell.web.home;

import java.time.Instant;

/** What a listing card shows; built from a post summary and its author's profile. */
record PostCard(String title, String slug, String excerpt, String authorName, Instant publishedAt) {
}
