package io.inkwell.posts.internal;

import io.inkwell.db.CrudMapper;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CategoryMapper extends CrudMapper<CategoryRow, UUID> {
}
