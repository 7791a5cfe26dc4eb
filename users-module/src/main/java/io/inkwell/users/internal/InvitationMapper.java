package io.inkwell.users.internal;

import io.inkwell.users.AccountContact;
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

    /** Whether an invitation was accepted as this account: it was set up through a link already. */
    boolean existsAcceptedBy(@Param("userId") UUID userId);

    /**
     * Imported accounts ({@code invited}) without an open invitation to their address, oldest first; those with an
     * address in the {@code .invalid} domain, which receives no mail, are left out.
     */
    List<AccountContact> selectImportedWithoutOpenInvitation(@Param("limit") int limit);

    /** Many invitations by one admin in one statement. */
    int insertAll(@Param("invitations") List<NewInvitation> invitations, @Param("invitedBy") UUID invitedBy,
            @Param("validitySeconds") long validitySeconds);
}
