package io.inkwell.web.limits;

import java.util.Locale;

/**
 * What is limited, each with its settings {@code inkwell.rate-limits.<key>.per-address} and
 * {@code .per-account} (see application.properties for the defaults).
 */
enum LimitedAction {

    /** New accounts, per address (there is no account yet). */
    REGISTRATION,
    /** Wrong passwords and unknown emails, per address; per account the users module locks the account. */
    LOGIN_FAILURES,
    /** Creating posts and publishing them. */
    POSTING,
    /** Writing and editing comments and replies. */
    COMMENTS,
    /** Uploading images (the media library, the editor, an avatar). */
    UPLOADS,
    /** Asking for a password reset link; "per account" counts the email typed, whether or not it has an account. */
    PASSWORD_RESET,
    /** Asking for another confirmation link or for a change of address. */
    CONFIRMATION_MAIL,
    /** Downloading the whole site as a zip: each one reads every post, comment and image. */
    EXPORTS;

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
