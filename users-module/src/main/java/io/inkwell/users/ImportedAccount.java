package io.inkwell.users;

/**
 * A person of another site whose posts or comments an import brings over: the email they were known by there, the
 * name shown next to their writing and the role their account gets when it is made.
 */
public record ImportedAccount(String email, String name, Role role) {
}
