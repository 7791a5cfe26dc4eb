package io.inkwell.posts;

import io.inkwell.db.Refusal;

/** Category names are unique whatever their case; the form shows this next to the name. */
public class DuplicateCategoryException extends RuntimeException {

    private final Refusal refusal;

    public DuplicateCategoryException(String name) {
        this(Refusal.of("refused.category.nameTaken", "A category named \"{0}\" already exists.", name));
    }

    private DuplicateCategoryException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
