package io.inkwell.users;

import java.util.UUID;

/** No account has this id: a 404 for the web layer. */
public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(UUID id) {
        super("No user " + id);
    }
}
