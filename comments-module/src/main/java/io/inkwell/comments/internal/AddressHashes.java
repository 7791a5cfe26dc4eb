package io.inkwell.comments.internal;

import java.util.HexFormat;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * What is kept of a sender's address: the first 64 bits of its HMAC under the site's key, in hex. Moderators can
 * tell that two comments came from one address; nobody can read the address back, or test a guess without the key.
 */
@Component
class AddressHashes {

    private static final int BYTES = 8;

    private final CommentSecret secret;

    AddressHashes(CommentSecret secret) {
        this.secret = secret;
    }

    /** Null for no address. */
    String of(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return HexFormat.of().formatHex(Arrays.copyOf(secret.sign("address", address.strip()), BYTES));
    }
}
