package io.inkwell.users;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Managing other people's accounts. Every method takes the acting {@link Actor} and refuses anyone but an
 * active admin with {@link NotAllowedException}. An admin cannot change their own role or status, and the
 * last active admin cannot be demoted, suspended or deleted ({@link AdministrationRefusedException}).
 * Suspending or deleting an account ends its sessions and remembered logins and publishes
 * {@link AccountSuspended} or {@link AccountDeleted}.
 */
public interface UserAdministration {

    /** Matching accounts, newest first, counted. */
    Page<UserListItem> search(Actor admin, UserSearch search, PageRequest page);

    Optional<UserListItem> find(Actor admin, UUID userId);

    /** The {@code limit} newest accounts of any status (at most 50), newest first, in one statement without a count. */
    List<UserListItem> newest(Actor admin, int limit);

    /** Throws {@link UserNotFoundException} or {@link AdministrationRefusedException}. */
    void changeRoleAndStatus(Actor admin, ChangeRoleAndStatus command);

    /** The status change to {@link UserStatus#DELETED}: the row stays, and so do the person's posts. */
    void softDelete(Actor admin, UUID userId);

    UserCounts counts(Actor admin);
}
