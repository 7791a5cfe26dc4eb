package io.inkwell.users;

/**
 * The admin users table's filters, each optional: {@code text} is a case-insensitive substring of the
 * name or the email (at most {@link #MAX_TEXT_LENGTH} characters; 3 or more use the trigram indexes).
 */
public record UserSearch(String text, Role role, UserStatus status) {

    public static final int MAX_TEXT_LENGTH = 100;

    public static UserSearch everyone() {
        return new UserSearch(null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
