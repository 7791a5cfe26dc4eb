package io.inkwell.comments.internal;

import io.inkwell.db.CrudMapper;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CommentMapper extends CrudMapper<CommentRow, UUID> {

    List<PostCommentCount> countByPostIds(@Param("postIds") Collection<UUID> postIds);
}
