package io.inkwell.comments.internal;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The one row of {@code comment_secret}. */
@Mapper
interface CommentSecretMapper {

    Optional<byte[]> selectSecret();

    /** Stores {@code secret} unless another instance stored one first. */
    int insertIfMissing(@Param("secret") byte[] secret);
}
