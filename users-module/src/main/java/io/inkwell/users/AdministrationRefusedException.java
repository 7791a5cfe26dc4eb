package io.inkwell.users;

import io.inkwell.db.Refusal;

/**
 * An admin's role or status change that would lock the site out of administration: changing one's
 * own role or status, or removing the last active admin. The refusal says which, for the admin.
 */
public class AdministrationRefusedException extends RuntimeException {

    private final Refusal refusal;

    public AdministrationRefusedException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
