package io.inkwell.web.errors;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The 404 of a page whose id is unknown, or is no id at all (a hand-edited URL names nothing). */
public final class NotFound {

    private NotFound() {
    }

    public static ResponseStatusException page() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The id in a path, or the 404 page when the path holds no UUID. */
    public static UUID idOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw page();
        }
    }
}
