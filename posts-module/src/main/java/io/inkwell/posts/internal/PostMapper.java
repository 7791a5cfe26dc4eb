package io.inkwell.posts.internal;

import io.inkwell.db.CrudMapper;
import io.inkwell.posts.PostSummary;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PostMapper extends CrudMapper<PostRow, UUID> {

    List<PostSummary> selectPublishedSummaries(@Param("limit") int limit, @Param("offset") long offset);

    boolean isPublished(@Param("id") UUID id);
}
