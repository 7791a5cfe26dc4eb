package io.inkwell.integrations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiKeyMapper {

    int insert(ApiKeyRow row);

    /** Live keys first, newest first within. */
    List<ApiKeyRow> selectAll();

    Optional<ApiKeyRow> selectById(@Param("id") UUID id);

    int revoke(@Param("id") UUID id);

    /**
     * The live key of this digest, recording its use when the last one recorded is a minute old or more; a
     * request that finds the row locked by another one doing the same leaves it to that one.
     */
    Optional<ApiKeyRow> selectLiveAndTouch(@Param("keyHash") String keyHash);

    boolean existsLiveWithOrigin(@Param("origin") String origin);
}
