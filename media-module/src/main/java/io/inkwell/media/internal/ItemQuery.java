package io.inkwell.media.internal;

import java.util.UUID;

/**
 * A page of library entries: one uploader's ({@code uploaderId}) or everyone's (null), those whose name or alt
 * text contains {@code pattern} (an ILIKE pattern, its wildcards escaped; null for all), older than {@code after}.
 */
record ItemQuery(UUID uploaderId, String pattern, UUID after, int limit) {
}
