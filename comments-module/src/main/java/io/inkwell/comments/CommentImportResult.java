package io.inkwell.comments;

import java.util.UUID;

/** The id an imported comment got, or the {@code refusal} saying which rule it broke (then nothing was written). */
public record CommentImportResult(UUID id, String refusal) {

    public static CommentImportResult refused(String reason) {
        return new CommentImportResult(null, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
