package io.inkwell.users;

/**
 * Opens an account: an active {@link Role#USER}. The email is trimmed and lower-cased; the name is
 * trimmed; the password ({@link AccountLimits}) is hashed and never stored as given.
 */
public record RegisterUser(String email, String name, String password) {

    @Override
    public String toString() {
        return "RegisterUser[" + email + ", " + name + "]";
    }
}
