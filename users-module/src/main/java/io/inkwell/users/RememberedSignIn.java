package io.inkwell.users;

/** A remembered login that was accepted: the account to sign in, and the token its cookie carries from now on. */
public record RememberedSignIn(SessionAccount account, RememberMeToken next) {
}
