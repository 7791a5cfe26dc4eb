package io.inkwell.users;

/**
 * What a person may do on the site, most rights first; {@link Actor} holds the table of rights. Between an author
 * ({@code USER}) and an admin sits the {@code EDITOR}, who looks after everyone's posts; below the author the
 * {@code CONTRIBUTOR}, whose drafts an editor reviews before they are published.
 */
public enum Role {
    ADMIN, EDITOR, USER, CONTRIBUTOR, GUEST
}
