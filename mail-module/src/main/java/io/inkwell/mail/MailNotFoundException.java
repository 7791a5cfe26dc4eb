package io.inkwell.mail;

import java.util.UUID;

/** No message has this id (or it cannot be retried, having been sent): a 404 for the web layer. */
public class MailNotFoundException extends RuntimeException {

    public MailNotFoundException(UUID id) {
        super("No message " + id + " to show or retry");
    }
}
