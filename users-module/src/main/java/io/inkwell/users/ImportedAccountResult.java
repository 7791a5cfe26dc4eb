package io.inkwell.users;

import java.util.UUID;

/**
 * What became of one {@link ImportedAccount}: the account that now stands for the person ({@code created} when the
 * import made it, false when an account with that email already existed), or the {@code refusal} saying why none
 * does (an email or name the accounts' rules do not take).
 */
public record ImportedAccountResult(UUID id, boolean created, String refusal) {

    public static ImportedAccountResult refused(String reason) {
        return new ImportedAccountResult(null, false, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
