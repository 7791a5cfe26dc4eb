package io.inkwell.posts;

import java.util.UUID;

/**
 * What became of one imported post or page: its id and the slug it got (which may differ from the one wanted), or
 * the {@code refusal} saying which rule it broke (nothing of it was written then).
 */
public record ContentImportResult(UUID id, String slug, String refusal) {

    public static ContentImportResult refused(String reason) {
        return new ContentImportResult(null, null, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
