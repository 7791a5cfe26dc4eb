package io.inkwell.users.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** TOTP secrets and recovery codes (only hashes of the codes). */
@Mapper
interface TwoFactorMapper {

    /** A new unconfirmed secret; 0 when two-factor sign-in is on already (a confirmed row is never replaced). */
    int upsertPending(@Param("userId") UUID userId, @Param("secret") String secret);

    Optional<TwoFactorRow> selectByUserId(@Param("userId") UUID userId);

    /** Locks the account's row, so that two codes checked at once take turns. */
    Optional<TwoFactorRow> selectByUserIdForUpdate(@Param("userId") UUID userId);

    int confirm(@Param("userId") UUID userId, @Param("step") long step);

    /** Records an accepted code's time step; 0 when that step (or a later one) was used already. */
    int useStep(@Param("userId") UUID userId, @Param("step") long step);

    int delete(@Param("userId") UUID userId);

    int insertRecoveryCodes(@Param("userId") UUID userId, @Param("hashes") List<byte[]> hashes);

    /** 1 when the code was unused and now is used. */
    int useRecoveryCode(@Param("userId") UUID userId, @Param("hash") byte[] hash);

    int countRecoveryCodesLeft(@Param("userId") UUID userId);

    int deleteRecoveryCodes(@Param("userId") UUID userId);
}
