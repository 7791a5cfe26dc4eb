package io.inkwell.users.internal;

import io.inkwell.db.CrudMapper;
import io.inkwell.users.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper extends CrudMapper<UserRow, UUID> {

    List<UserSummary> selectSummariesByIds(@Param("ids") Collection<UUID> ids);
}
