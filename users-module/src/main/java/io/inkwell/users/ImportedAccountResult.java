package io.inkwell.users;

import io.inkwell.db.Refusal;
import java.util.UUID;

/**
 * What became of one {@link ImportedAccount}: the account that now stands for the person ({@code created} when the
 * import made it, false when an account with that email already existed), or the {@code refusal} saying why none
 * does (an email or name the accounts' rules do not take), in words any language of the site can show.
 */
public record ImportedAccountResult(UUID id, boolean created, Refusal refusal) {

    public static ImportedAccountResult refused(Refusal refusal) {
        return new ImportedAccountResult(null, false, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
