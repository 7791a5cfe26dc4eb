package io.inkwell.users;

/**
 * The actor may not do this (their role, their account's status, or whose thing it is says no). Every
 * context's services throw it after asking the {@link Actor}; the web layer answers it with a 403 page.
 * The message is for logs, not for the page: it may name what was refused.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
