package io.inkwell.comments;

import io.inkwell.db.Refusal;
import java.util.UUID;

/**
 * The id an imported comment got, or the {@code refusal} saying which rule it broke (then nothing was written), in
 * words any language of the site can show.
 */
public record CommentImportResult(UUID id, Refusal refusal) {

    public static CommentImportResult refused(Refusal refusal) {
        return new CommentImportResult(null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
