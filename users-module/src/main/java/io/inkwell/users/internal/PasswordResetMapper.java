package io.inkwell.users.internal;

import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Password reset links, stored as the SHA-256 of their token; every age is counted by the database's clock. */
@Mapper
interface PasswordResetMapper {

    int insert(@Param("tokenHash") byte[] tokenHash, @Param("userId") UUID userId, @Param("validitySeconds") long validitySeconds);

    Optional<LinkTokenRow> selectByHash(@Param("tokenHash") byte[] tokenHash);

    /** Locks the link until the transaction ends, so two uses of it take turns and the second sees it used. */
    Optional<LinkTokenRow> selectByHashForUpdate(@Param("tokenHash") byte[] tokenHash);

    /** Uses up every open link of the account: a new password makes the older links useless. */
    int markUsedByUserId(@Param("userId") UUID userId);

    /** Rows a day past their expiry, when nobody needs to be told "already used" any more. */
    int deleteStale();
}
