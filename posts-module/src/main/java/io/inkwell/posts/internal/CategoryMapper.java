package io.inkwell.posts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CategoryMapper {

    Optional<CategoryRow> selectById(@Param("id") UUID id);

    /** Every category by name: a site has tens of them, so the list is never paged. */
    List<CategoryRow> selectAll();

    int insert(CategoryRow row);

    int update(CategoryRow row);

    int deleteById(@Param("id") UUID id);

    Optional<CategoryRow> selectBySlug(@Param("slug") String slug);

    boolean existsByName(@Param("name") String name, @Param("exceptId") UUID exceptId);

    List<String> selectTakenSlugs(@Param("base") String base, @Param("exceptId") UUID exceptId);

    List<CategoryRow> selectByIds(@Param("ids") Collection<UUID> ids);

    int countExisting(@Param("ids") Collection<UUID> ids);

    /** Categories by slug after {@code afterSlug} (from the first when null), along categories_slug_uk. */
    List<CategoryRow> selectBySlugAfter(@Param("afterSlug") String afterSlug, @Param("limit") int limit);
}
