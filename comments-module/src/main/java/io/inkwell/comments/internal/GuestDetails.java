package io.inkwell.comments.internal;

import static io.inkwell.comments.CommentLimits.GUEST_EMAIL_MAX;
import static io.inkwell.comments.CommentLimits.GUEST_NAME_MAX;

import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.GuestAuthor;
import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import java.util.Locale;
import java.util.regex.Pattern;

/** A guest's name and email as stored: trimmed, the email in lower case, both within their limits. */
final class GuestDetails {

    /** Something, an at sign, something: the email is never sent to or shown, only compared. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+", Pattern.UNICODE_CHARACTER_CLASS);

    private GuestDetails() {
    }

    static Author clean(GuestAuthor guest) {
        String name = StorableText.blankToNull(guest == null ? null : guest.name());
        if (name == null) {
            throw new CommentRejectedException(Reason.GUEST_NAME,
                    Refusal.of("refused.comment.guestNameMissing", "Give a name to sign your comment with."));
        }
        if (name.codePointCount(0, name.length()) > GUEST_NAME_MAX) {
            throw new CommentRejectedException(Reason.GUEST_NAME, Refusal.of("refused.comment.guestNameTooLong",
                    "A name can be at most {0} characters long.", GUEST_NAME_MAX));
        }
        String email = StorableText.blankToNull(guest.email());
        if (email == null || email.length() > GUEST_EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new CommentRejectedException(Reason.GUEST_EMAIL,
                    Refusal.of("refused.comment.guestEmailInvalid", "Give your email address, such as ada@example.com."));
        }
        return Author.guest(name, email.toLowerCase(Locale.ROOT));
    }
}
