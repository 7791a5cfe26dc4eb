package io.inkwell.comments;

/** Who writes a comment without an account, as typed: the name is shown, the email never is. */
public record GuestAuthor(String name, String email) {
}
