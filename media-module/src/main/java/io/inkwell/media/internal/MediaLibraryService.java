package io.inkwell.media.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.media.ImageSizes;
import io.inkwell.media.ImageVariant;
import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaInUseException;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.MediaLimits;
import io.inkwell.media.MediaNotFoundException;
import io.inkwell.media.MediaPage;
import io.inkwell.media.UploadImage;
import io.inkwell.media.Uploaded;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploads are decoded and re-encoded before any transaction begins (seconds of CPU must not hold a pooled
 * connection), then stored in one transaction: the file's row, its variants' rows and bytes, and the library
 * entry, all or nothing. A file already stored (same SHA-256) is not decoded again.
 */
@Service
class MediaLibraryService implements MediaLibrary {

    private final MediaMapper media;
    private final ReferenceMapper references;
    private final BlobStore blobs;
    private final ImageProcessor processor;
    private final TransactionTemplate writes;
    private final DataSize maxFileSize;

    MediaLibraryService(MediaMapper media, ReferenceMapper references, BlobStore blobs, ImageProcessor processor,
                        PlatformTransactionManager transactions,
                        @Value("${inkwell.media.max-file-size:10MB}") DataSize maxFileSize) {
        this.media = media;
        this.references = references;
        this.blobs = blobs;
        this.processor = processor;
        this.writes = new TransactionTemplate(transactions);
        this.maxFileSize = maxFileSize;
    }

    @Override
    public DataSize maxFileSize() {
        return maxFileSize;
    }

    @Override
    public Uploaded upload(Actor actor, UploadImage upload) {
        if (!actor.mayUploadMedia()) {
            throw new NotAllowedException("Only active authors may upload images.");
        }
        byte[] bytes = upload.bytes() == null ? new byte[0] : upload.bytes();
        String altText = altText(upload.altText());
        if (bytes.length == 0) {
            throw new InvalidUploadException("image",
                    Refusal.of("refused.upload.empty", "Choose an image file: this one is empty."));
        }
        if (bytes.length > maxFileSize.toBytes()) {
            throw new InvalidUploadException("image", tooLarge(maxFileSize));
        }
        String fileName = FileNames.clean(upload.fileName());
        String hash = sha256(bytes);
        ProcessedImage processed = media.existsFile(hash) ? null : processor.process(bytes);
        try {
            return store(actor, hash, processed, fileName, altText);
        } catch (DataIntegrityViolationException e) {
            // The stored file was deleted between the check and the insert: store it anew.
            return store(actor, hash, processed != null ? processed : processor.process(bytes), fileName, altText);
        }
    }

    private Uploaded store(Actor actor, String hash, ProcessedImage processed, String fileName, String altText) {
        return writes.execute(status -> {
            if (processed != null && media.insertFile(new FileRow(hash, processed.format(), processed.width(),
                    processed.height())) == 1) {
                media.insertVariants(processed.variants().stream().map(variant -> new VariantRow(hash, variant.name(),
                        variant.width(), variant.height(), variant.bytes().length)).toList());
                processed.variants().forEach(variant -> blobs.put(BlobStore.key(hash, variant.name()), variant.bytes()));
            }
            boolean added = media.insertItem(TimeOrderedIds.next(), hash, actor.userId(), fileName, altText) == 1;
            ItemRow item = media.selectItemOf(actor.userId(), hash).orElseThrow();
            return new Uploaded(itemsOf(List.of(item)).get(0), !added);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public MediaPage list(Actor actor, String query, Optional<UUID> after, int size) {
        UUID uploader = actor.maySeeAllMedia() ? null : ownLibraryOf(actor);
        List<ItemVariantRow> rows = media.selectItemsWithVariants(new ItemQuery(uploader, pattern(query), after.orElse(null),
                size + 1));
        List<ItemRow> items = rows.stream().map(ItemVariantRow::item).distinct().toList();
        boolean more = items.size() > size;
        List<ItemRow> page = more ? items.subList(0, size) : items;
        return new MediaPage(itemsOf(page, rows.stream().map(ItemVariantRow::variantRow).toList()),
                more ? page.get(page.size() - 1).id() : null);
    }

    @Override
    @Transactional(readOnly = true)
    public MediaItem find(Actor actor, UUID id) {
        return itemsOf(List.of(managed(actor, id))).get(0);
    }

    @Override
    @Transactional
    public void delete(Actor actor, UUID id) {
        ItemRow item = managed(actor, id);
        String hash = item.mediaHash();
        media.selectFileForUpdate(hash);
        List<UUID> users = references.selectByHashes(List.of(hash)).stream().map(ReferenceRow::referrerId).toList();
        if (!users.isEmpty()) {
            throw new MediaInUseException(users);
        }
        media.deleteItem(id);
        if (media.countItemsOf(hash) == 0) {
            List<String> keys = media.selectVariants(List.of(hash)).stream()
                    .map(variant -> BlobStore.key(hash, variant.variant())).toList();
            media.deleteFile(hash);
            blobs.delete(keys);
        }
    }

    private static UUID ownLibraryOf(Actor actor) {
        if (!actor.mayUploadMedia()) {
            throw new NotAllowedException("Only active authors have a media library.");
        }
        return actor.userId();
    }

    private ItemRow managed(Actor actor, UUID id) {
        ItemRow item = media.selectItemById(id).orElseThrow(() -> new MediaNotFoundException("No image " + id));
        if (!actor.mayManageMedia(item.uploaderId())) {
            throw new NotAllowedException("Only its uploader or an editor may manage image " + id + ".");
        }
        return item;
    }

    /** Two statements for any number of entries: their files' variants, and the posts that show them. */
    private List<MediaItem> itemsOf(List<ItemRow> rows) {
        return rows.isEmpty() ? List.of()
                : itemsOf(rows, media.selectVariants(rows.stream().map(ItemRow::mediaHash).distinct().toList()));
    }

    /** One statement for any number of entries whose variants were read with them: the posts that show them. */
    private List<MediaItem> itemsOf(List<ItemRow> rows, List<VariantRow> variants) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> hashes = rows.stream().map(ItemRow::mediaHash).distinct().toList();
        Map<String, ImageSizes> sizes = sizesOf(variants.stream().distinct().toList());
        Map<String, List<UUID>> usedIn = references.selectByHashes(hashes).stream().collect(Collectors.groupingBy(
                ReferenceRow::mediaHash, Collectors.mapping(ReferenceRow::referrerId, Collectors.toList())));
        return rows.stream().map(row -> {
            ImageSizes size = sizes.get(row.mediaHash());
            int byteSize = size.variant(ImageVariant.ORIGINAL).map(ImageVariant::byteSize).orElse(0);
            return new MediaItem(row.id(), row.mediaHash(), row.uploaderId(), row.fileName(), row.altText(), row.createdAt(),
                    row.format(), size, byteSize, usedIn.getOrDefault(row.mediaHash(), List.of()));
        }).toList();
    }

    static Map<String, ImageSizes> sizesOf(Collection<VariantRow> variants) {
        return variants.stream().collect(Collectors.groupingBy(VariantRow::mediaHash)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> {
                    List<ImageVariant> stored = entry.getValue().stream().map(row -> new ImageVariant(row.variant(),
                            row.width(), row.height(), row.byteSize())).toList();
                    ImageVariant original = stored.stream().filter(ImageVariant::isOriginal).findFirst().orElseThrow();
                    return new ImageSizes(entry.getKey(), original.width(), original.height(), stored);
                }));
    }

    private static String altText(String sent) {
        String altText = StorableText.blankToNull(sent);
        if (altText == null) {
            throw new InvalidUploadException("altText",
                    Refusal.of("refused.upload.altTextMissing", "Describe the image for people who cannot see it."));
        }
        if (altText.length() > MediaLimits.ALT_TEXT_MAX) {
            throw new InvalidUploadException("altText", Refusal.of("refused.upload.altTextTooLong",
                    "An alt text can be at most {0} characters long.", MediaLimits.ALT_TEXT_MAX));
        }
        return altText;
    }

    /** An ILIKE pattern for "contains", its own wildcards taken literally; null for no search. */
    static String pattern(String query) {
        String text = StorableText.blankToNull(query);
        if (text == null) {
            return null;
        }
        if (text.length() > MediaLimits.SEARCH_MAX) {
            text = text.substring(0, MediaLimits.SEARCH_MAX);
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The largest size in the unit the settings write it in: "10 MB", or "512 KB" when it is no whole number of MB. */
    static Refusal tooLarge(DataSize size) {
        return size.toMegabytes() >= 1 && size.toBytes() % (1024 * 1024) == 0
                ? Refusal.of("refused.upload.tooLargeMegabytes", "This file is larger than {0} MB, the most an image may be.",
                        size.toMegabytes())
                : Refusal.of("refused.upload.tooLargeKilobytes", "This file is larger than {0} KB, the most an image may be.",
                        Math.max(1, size.toKilobytes()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
