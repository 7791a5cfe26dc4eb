package io.inkwell.media.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The library: {@code media_files}, {@code media_variants} and {@code media_items}. */
@Mapper
interface MediaMapper {

    boolean existsFile(@Param("hash") String hash);

    /** Returns 0 when the file is stored already (another upload of it got there first). */
    int insertFile(FileRow file);

    void insertVariants(@Param("variants") List<VariantRow> variants);

    /** Returns 0 when the uploader has this file in their library already. */
    int insertItem(@Param("id") UUID id, @Param("mediaHash") String mediaHash, @Param("uploaderId") UUID uploaderId,
                   @Param("fileName") String fileName, @Param("altText") String altText);

    Optional<ItemRow> selectItemOf(@Param("uploaderId") UUID uploaderId, @Param("mediaHash") String mediaHash);

    Optional<ItemRow> selectItemById(@Param("id") UUID id);

    /** Newest first, {@code limit} entries, each with every variant of its file (a row per variant). */
    List<ItemVariantRow> selectItemsWithVariants(ItemQuery query);

    List<VariantRow> selectVariants(@Param("hashes") Collection<String> hashes);

    /** Locks the file's row, so that deletes of its entries and the check of its references happen one at a time. */
    Optional<FileRow> selectFileForUpdate(@Param("hash") String hash);

    int countItemsOf(@Param("mediaHash") String mediaHash);

    void deleteItem(@Param("id") UUID id);

    /** The file and (by cascade) its variants' rows; the bytes are the blob store's. */
    void deleteFile(@Param("hash") String hash);
}
