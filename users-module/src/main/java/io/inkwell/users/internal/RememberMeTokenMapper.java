package io.inkwell.users.internal;

import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Remembered logins; every token is stored as its SHA-256 only, and every expiry counts from the database's now(). */
@Mapper
interface RememberMeTokenMapper {

    int insert(@Param("series") String series, @Param("userId") UUID userId, @Param("tokenHash") byte[] tokenHash,
            @Param("validitySeconds") long validitySeconds);

    /** Locks the row until the transaction ends, so two uses of one cookie take turns. */
    Optional<RememberMeTokenRow> selectBySeriesForUpdate(@Param("series") String series);

    /** A new token for the series, valid for {@code validitySeconds} from now. */
    int rotate(@Param("series") String series, @Param("tokenHash") byte[] tokenHash, @Param("validitySeconds") long validitySeconds);

    int deleteBySeries(@Param("series") String series);

    int deleteByUserId(@Param("userId") UUID userId);

    int deleteExpired();
}
