package io.inkwell.posts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The secret preview links of posts ({@code post_preview_links}), found by the SHA-256 of their token. */
@Mapper
interface PreviewLinkMapper {

    /** The post's one link, made or replaced. */
    int upsert(@Param("postId") UUID postId, @Param("tokenHash") byte[] tokenHash, @Param("createdBy") UUID createdBy,
               @Param("expiresAt") Instant expiresAt);

    int deleteByPost(@Param("postId") UUID postId);

    /** When the post's link stops working, if it has one that still works. */
    Optional<Instant> selectExpiryOfPost(@Param("postId") UUID postId);

    /** The post page's rows of the post a working token shows; empty for any other token. */
    List<DetailRow> selectDetailByTokenHash(@Param("tokenHash") byte[] tokenHash);

    /** Background clean-up of links that expired. */
    int deleteExpired();
}
