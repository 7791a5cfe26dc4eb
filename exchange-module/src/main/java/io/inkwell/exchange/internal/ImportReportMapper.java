package io.inkwell.exchange.internal;

import io.inkwell.exchange.SkippedItem;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImportReportMapper {

    int insertAll(@Param("runId") UUID runId, @Param("entries") List<SkippedItem> entries);

    int countByRun(@Param("runId") UUID runId);

    List<SkippedItem> selectByRun(@Param("runId") UUID runId, @Param("limit") int limit);
}
