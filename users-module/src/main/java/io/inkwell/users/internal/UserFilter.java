package io.inkwell.users.internal;

import io.inkwell.db.StorableText;
import io.inkwell.users.Role;
import io.inkwell.users.UserSearch;
import io.inkwell.users.UserStatus;
import java.util.Locale;

/**
 * {@link UserSearch} as the mapper needs it: {@code pattern} is a lower-cased LIKE pattern with the
 * user's own {@code %}, {@code _} and {@code \} escaped, or null for no text filter.
 */
record UserFilter(String pattern, Role role, UserStatus status) {

    static UserFilter of(UserSearch search) {
        String pattern = null;
        if (search.hasText()) {
            String text = StorableText.clean(search.text()).strip();
            if (text.length() > UserSearch.MAX_TEXT_LENGTH) {
                text = text.substring(0, UserSearch.MAX_TEXT_LENGTH);
            }
            String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            pattern = "%" + escaped + "%";
        }
        return new UserFilter(pattern, search.role(), search.status());
    }
}
