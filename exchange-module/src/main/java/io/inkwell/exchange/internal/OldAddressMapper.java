package io.inkwell.exchange.internal;

import java.util.Collection;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OldAddressMapper {

    Optional<String> selectTarget(@Param("path") String path);

    /** An address already kept keeps its first target: an import of the same file again changes nothing. */
    int insertAll(@Param("sourceSite") String sourceSite, @Param("addresses") Collection<OldAddressRow> addresses);
}
