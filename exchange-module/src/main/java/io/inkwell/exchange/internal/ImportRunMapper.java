package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import io.inkwell.exchange.ImportRun;
import io.inkwell.exchange.ImportStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImportRunMapper {

    int insert(@Param("id") UUID id, @Param("startedBy") UUID startedBy, @Param("fileName") String fileName,
               @Param("fileSize") long fileSize);

    Optional<ImportRun> selectById(@Param("id") UUID id);

    Optional<ImportRun> selectLatest();

    /** Runs that stopped reporting progress before {@code staleBefore} (their instance stopped) become interrupted. */
    int interruptStale(@Param("staleBefore") Instant staleBefore, @Param("message") String message,
                       @Param("messageWords") Refusal messageWords);

    int updateScanned(@Param("id") UUID id, @Param("sourceSite") String sourceSite, @Param("itemsTotal") int itemsTotal);

    /** Adds a batch's counts to the run's (and moves its updated_at on: the sign that it is alive). */
    int addProgress(@Param("id") UUID id, @Param("counts") ImportCounts counts);

    /** {@code message} is the English of {@code messageWords}, shortened to the column's 2,000 characters. */
    int finish(@Param("id") UUID id, @Param("status") ImportStatus status, @Param("message") String message,
               @Param("messageWords") Refusal messageWords);
}
