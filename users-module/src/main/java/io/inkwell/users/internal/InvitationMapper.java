package io.inkwell.users.internal;

import io.inkwell.users.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InvitationMapper {

    int insert(@Param("id") UUID id, @Param("email") String email, @Param("role") Role role, @Param("tokenHash") byte[] tokenHash,
            @Param("invitedBy") UUID invitedBy, @Param("validitySeconds") long validitySeconds);

    /** Neither accepted, revoked nor expired; newest first. */
    List<InvitationRow> selectOpen(@Param("limit") int limit);

    Optional<InvitationRow> selectByHash(@Param("tokenHash") byte[] tokenHash);

    Optional<InvitationRow> selectByHashForUpdate(@Param("tokenHash") byte[] tokenHash);

    /** 0 when the invitation is not open (any more). */
    int revoke(@Param("id") UUID id);

    int markAccepted(@Param("id") UUID id, @Param("userId") UUID userId);
}
