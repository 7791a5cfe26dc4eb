package io.inkwell.users;

import io.inkwell.db.Refusal;

/**
 * An admin's change the rules refuse: one that would lock the site out of administration (changing one's own
 * role or status, removing the last active admin), or an invitation to an account that no longer waits for one.
 * The refusal says which, for the admin; nothing was changed.
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
