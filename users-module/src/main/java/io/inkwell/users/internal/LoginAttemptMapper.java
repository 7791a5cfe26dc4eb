package io.inkwell.users.internal;

import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LoginAttemptMapper {

    /**
     * Counts one failed login of the account with this (lower-case) email, if there is one, in a single
     * upsert so that concurrent failures on several instances all count. The count restarts when the
     * window has passed; reaching {@code maxFailures} within it locks the account for {@code lockSeconds}.
     */
    int recordFailure(@Param("email") String email, @Param("maxFailures") int maxFailures,
            @Param("windowSeconds") int windowSeconds, @Param("lockSeconds") int lockSeconds);

    boolean isLocked(@Param("userId") UUID userId);

    int deleteByUserId(@Param("userId") UUID userId);
}
