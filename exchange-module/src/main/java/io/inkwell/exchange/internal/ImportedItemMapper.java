package io.inkwell.exchange.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImportedItemMapper {

    List<ImportedItemRow> selectBySourceIds(@Param("sourceSite") String sourceSite, @Param("kind") String kind,
                                            @Param("sourceIds") Collection<Long> sourceIds);

    int insertAll(@Param("sourceSite") String sourceSite, @Param("kind") String kind,
                  @Param("items") Collection<ImportedItemRow> items);
}
