package io.inkwell.users;

/** Why a link from a mail does not work (any more): what the page that answers it says. */
public enum TokenProblem {
    /** Not a link this site made: mistyped, cut short when copied, or forged. */
    UNKNOWN,
    EXPIRED,
    /** It worked once already. */
    USED,
    /** An admin took the invitation back. */
    REVOKED
}
