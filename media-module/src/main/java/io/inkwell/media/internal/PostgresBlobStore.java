package io.inkwell.media.internal;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Blobs in the table {@code media_blobs}: written in the caller's transaction, so an upload stores its bytes
 * and its rows together or not at all, and backups and every instance have them with the rest of the site.
 */
@Component
class PostgresBlobStore implements BlobStore {

    private final BlobMapper blobs;

    PostgresBlobStore(BlobMapper blobs) {
        this.blobs = blobs;
    }

    @Override
    public void put(String key, byte[] bytes) {
        blobs.insert(key, bytes);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(blobs.selectData(key)).map(BlobRow::data);
    }

    @Override
    public void delete(Collection<String> keys) {
        if (!keys.isEmpty()) {
            blobs.deleteByKeys(keys);
        }
    }
}
