package io.inkwell.posts.internal;

/** A page matching a search, with its raw ts_headline (markers, not yet escaped). */
record PageSearchRow(String title, String slug, String headline) {
}
