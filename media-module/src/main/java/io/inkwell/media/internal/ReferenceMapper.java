package io.inkwell.media.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Which posts show which files: {@code media_referrers} and {@code media_references}, kept from the posts events. */
@Mapper
interface ReferenceMapper {

    /**
     * Records {@code version} as the newest known of the referrer, unless a newer (or the same) one is known
     * already; returns 0 then, and the event that brought it changes nothing.
     */
    int advance(@Param("referrerId") UUID referrerId, @Param("version") int version);

    void deleteOf(@Param("referrerId") UUID referrerId);

    void insert(@Param("referrerId") UUID referrerId, @Param("hashes") Set<String> hashes);

    List<ReferenceRow> selectByHashes(@Param("hashes") Collection<String> hashes);
}
