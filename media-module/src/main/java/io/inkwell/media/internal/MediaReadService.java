package io.inkwell.media.internal;

import io.inkwell.media.ImageSizes;
import io.inkwell.media.MediaDelivery;
import io.inkwell.media.MediaImages;
import io.inkwell.media.MediaUrls;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What pages read: the sizes of the images they show (one statement), and the bytes of one image (one primary-key read). */
@Service
@Transactional(readOnly = true)
class MediaReadService implements MediaImages, MediaDelivery {

    private final MediaMapper media;
    private final BlobStore blobs;

    MediaReadService(MediaMapper media, BlobStore blobs) {
        this.media = media;
        this.blobs = blobs;
    }

    @Override
    public Map<String, ImageSizes> sizesOf(Collection<String> hashes) {
        List<String> valid = hashes.stream().filter(MediaUrls::isHash).distinct().toList();
        return valid.isEmpty() ? Map.of() : MediaLibraryService.sizesOf(media.selectVariants(valid));
    }

    @Override
    public Optional<StoredImage> read(String hash, String variant) {
        if (!MediaUrls.isHash(hash) || !MediaUrls.isVariant(variant)) {
            return Optional.empty();
        }
        return blobs.get(BlobStore.key(hash, variant)).map(bytes -> new StoredImage(bytes, ImageType.contentTypeOf(bytes)));
    }
}
