package io.inkwell.users;

/** What a person may do on the site (PRODUCT.md, "Roles"). */
public enum Role {
    ADMIN, USER, GUEST
}
