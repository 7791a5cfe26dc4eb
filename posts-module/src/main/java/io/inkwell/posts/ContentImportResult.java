package io.inkwell.posts;

import io.inkwell.db.Refusal;
import java.util.UUID;

/**
 * What became of one imported post or page: its id and the slug it got (which may differ from the one wanted), or
 * the {@code refusal} saying which rule it broke (nothing of it was written then), in words any language of the site
 * can show.
 */
public record ContentImportResult(UUID id, String slug, Refusal refusal) {

    public static ContentImportResult refused(Refusal refusal) {
        return new ContentImportResult(null, null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
