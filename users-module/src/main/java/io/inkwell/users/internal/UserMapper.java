package io.inkwell.users.internal;

import io.inkwell.users.AccountContact;
import io.inkwell.users.AuthorProfile;
import io.inkwell.users.MailContact;
import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserListItem;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper {

    Optional<UserRow> selectById(@Param("id") UUID id);

    int insert(UserRow row);

    List<UserSummary> selectSummariesByIds(@Param("ids") Collection<UUID> ids);

    /** {@code email} must be lower-case. */
    Optional<UserRow> selectByEmail(@Param("email") String email);

    /** The only statement that reads the password hash for a login; {@code email} must be lower-case. */
    Optional<SignInRow> selectSignInByEmail(@Param("email") String email);

    Optional<SessionAccount> selectSessionAccountById(@Param("id") UUID id);


    /** Newest first; meant to be paged. */
    List<UserListItem> selectListItems(UserFilter filter);

    /** The newest accounts of any status, newest first; no count. */
    List<UserListItem> selectNewestListItems(int limit);

    Optional<UserListItem> selectListItemById(@Param("id") UUID id);

    Optional<AuthorProfile> selectAuthorProfileById(@Param("id") UUID id);

    List<RoleStatusCount> countByRoleAndStatus();

    /** Locks the rows of every active admin, so that two admin removals cannot both see "another admin is left". */
    List<UUID> selectActiveAdminIdsForUpdate();

    /** Locks the account's row until the transaction ends. */
    Optional<UserStatus> selectStatusForUpdate(@Param("id") UUID id);

    int updateRoleAndStatus(@Param("id") UUID id, @Param("role") Role role, @Param("status") UserStatus status);

    int updateProfile(@Param("id") UUID id, @Param("name") String name, @Param("avatarUrl") String avatarUrl);

    int updatePassword(@Param("id") UUID id, @Param("passwordHash") String passwordHash);

    /**
     * Sets up an imported account with its owner's password, name and role, its address confirmed, in one statement;
     * 0 when the account is not {@code invited} any more (another link set it up first).
     */
    int activateInvited(@Param("id") UUID id, @Param("passwordHash") String passwordHash, @Param("name") String name,
            @Param("role") Role role);

    /** Replaces the hash only if it is still {@code currentHash}; 0 when the password was changed meanwhile. */
    int updatePasswordHashIfUnchanged(@Param("id") UUID id, @Param("currentHash") String currentHash,
            @Param("newHash") String newHash);

    int updateLastLogin(@Param("id") UUID id);

    /** The new address, confirmed by the link that was sent to it. */
    int updateEmail(@Param("id") UUID id, @Param("email") String email);

    int markEmailVerified(@Param("id") UUID id);

    /** Active accounts with a confirmed address among {@code ids}; the others are left out. */
    List<MailContact> selectMailContactsByIds(@Param("ids") Collection<UUID> ids);

    /** Every active editor and admin with a confirmed address, by name: whom staff mail goes to. */
    List<MailContact> selectStaffMailContacts();

    /** Ends every session of the account: each remembers the generation it signed in with. */
    int incrementSessionEpoch(@Param("id") UUID id);

    /** New accounts of an import, in one statement; an email that already has an account is left to it. */
    int insertInvited(@Param("rows") List<UserRow> rows);

    List<AccountContact> selectIdsByEmails(@Param("emails") Collection<String> emails);

    List<AccountContact> selectContactsByIds(@Param("ids") Collection<UUID> ids);
}
