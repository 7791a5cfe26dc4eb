package io.inkwell.users.internal;

import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Email confirmation links, stored as the SHA-256 of their token. */
@Mapper
interface EmailConfirmationMapper {

    String VERIFY = "verify";
    String CHANGE = "change";

    int insert(@Param("tokenHash") byte[] tokenHash, @Param("userId") UUID userId, @Param("email") String email,
            @Param("purpose") String purpose, @Param("validitySeconds") long validitySeconds);

    Optional<LinkTokenRow> selectByHash(@Param("tokenHash") byte[] tokenHash);

    Optional<LinkTokenRow> selectByHashForUpdate(@Param("tokenHash") byte[] tokenHash);

    int markUsed(@Param("tokenHash") byte[] tokenHash);

    /** Uses up the account's open links of this purpose: only the newest change of address stands. */
    int markUsedByUserId(@Param("userId") UUID userId, @Param("purpose") String purpose);

    /** The newest open change of address of the account. */
    Optional<String> selectPendingChange(@Param("userId") UUID userId);

    int deleteStale();
}
