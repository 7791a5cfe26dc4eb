package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** A published post shown under another as related. */
public record RelatedPost(UUID id, String title, String slug, Instant publishedAt) {
}
