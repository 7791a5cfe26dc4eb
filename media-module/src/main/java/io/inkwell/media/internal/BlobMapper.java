package io.inkwell.media.internal;

import java.util.Collection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code media_blobs}: the bytes of {@link PostgresBlobStore}. */
@Mapper
interface BlobMapper {

    /** Keeps what is there: a key's bytes never change. */
    void insert(@Param("key") String key, @Param("data") byte[] data);

    BlobRow selectData(@Param("key") String key);

    void deleteByKeys(@Param("keys") Collection<String> keys);
}
