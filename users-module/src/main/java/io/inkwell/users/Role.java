package io.inkwell.users;

/** What a person may do on the site; {@link Actor} holds the table of rights. */
public enum Role {
    ADMIN, USER, GUEST
}
