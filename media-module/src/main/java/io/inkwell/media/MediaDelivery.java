package io.inkwell.media;

import java.util.Optional;

/** The bytes of one stored image, for {@code /media/{hash}/{variant}/{name}}: one indexed read. */
public interface MediaDelivery {

    /** The variant's bytes and their type, read from the bytes themselves; empty when it is not stored. */
    Optional<StoredImage> read(String hash, String variant);

    /** Bytes and the content type their magic number says ({@code image/jpeg} or {@code image/png}). */
    record StoredImage(byte[] bytes, String contentType) {
    }
}
