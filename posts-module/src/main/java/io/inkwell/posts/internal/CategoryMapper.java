package io.inkwell.posts.internal;

import io.inkwell.db.CrudMapper;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CategoryMapper extends CrudMapper<CategoryRow, UUID> {

    Optional<CategoryRow> selectBySlug(@Param("slug") String slug);

    boolean existsByName(@Param("name") String name, @Param("exceptId") UUID exceptId);

    List<String> selectTakenSlugs(@Param("base") String base, @Param("exceptId") UUID exceptId);

    int countExisting(@Param("ids") Collection<UUID> ids);
}
