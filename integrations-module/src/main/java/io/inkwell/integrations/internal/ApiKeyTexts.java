package io.inkwell.integrations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What a key's text is: {@code ink_} and 256 random bits in URL-safe Base64 (47 characters), so it is easy to
 * recognise in a leaked file and needs no escaping in a header. It is kept as its SHA-256: a key is random, not
 * chosen by a person, so no slow password hash is needed to make the digest useless to whoever reads it.
 */
final class ApiKeyTexts {

    static final String PREFIX = "ink_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_CHARACTERS = PREFIX.length() + 8;
    private static final Pattern SHAPE = Pattern.compile("ink_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyTexts() {
    }

    static String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a key at all: anything else is refused without asking the database. */
    static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The first characters, which tell keys apart on the admin page and give nothing away. */
    static String shownPart(String key) {
        return key.substring(0, SHOWN_CHARACTERS);
    }

    static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
