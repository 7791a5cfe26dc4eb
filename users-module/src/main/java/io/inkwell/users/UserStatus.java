package io.inkwell.users;

/**
 * Only an active account can log in; deleting an account is this status change, never a row delete. An
 * {@link #INVITED} account was made for someone who has not signed in yet (an author brought over from another
 * site by an import): it has a name and an email but no password, so nobody can sign in to it until its owner
 * accepts an invitation and chooses one.
 */
public enum UserStatus {
    ACTIVE, SUSPENDED, DELETED, INVITED
}
