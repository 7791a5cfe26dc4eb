package io.inkwell.integrations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WebhookMapper {

    int insert(WebhookRow row);

    /** New URL and events, and the secret unless it is null. */
    int update(@Param("id") UUID id, @Param("url") String url, @Param("events") String events, @Param("secret") String secret);

    int deleteById(@Param("id") UUID id);

    /** Newest first. */
    List<WebhookRow> selectAll();

    Optional<WebhookRow> selectById(@Param("id") UUID id);
}
