package io.inkwell.posts;

import io.inkwell.db.Refusal;

/** Tag names are unique whatever their case; the rename form shows this next to the name. */
public class DuplicateTagException extends RuntimeException {

    private final Refusal refusal;

    public DuplicateTagException(String name) {
        this(Refusal.of("refused.tag.nameTaken", "A tag named \"{0}\" already exists.", name));
    }

    private DuplicateTagException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
