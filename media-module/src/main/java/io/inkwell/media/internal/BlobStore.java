package io.inkwell.media.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Where the bytes of stored images live, under keys {@code hash/variant}; a key's bytes never change. This
 * release keeps them in PostgreSQL ({@link PostgresBlobStore}), in the upload's own transaction; an
 * S3-compatible store is another implementation of this interface.
 */
interface BlobStore {

    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    void delete(Collection<String> keys);

    static String key(String hash, String variant) {
        return hash + "/" + variant;
    }
}
