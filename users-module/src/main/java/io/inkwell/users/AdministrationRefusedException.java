package io.inkwell.users;

/**
 * An admin's role or status change that would lock the site out of administration: changing one's
 * own role or status, or removing the last active admin. The message says which, for the admin.
 */
public class AdministrationRefusedException extends RuntimeException {

    public AdministrationRefusedException(String message) {
        super(message);
    }
}
