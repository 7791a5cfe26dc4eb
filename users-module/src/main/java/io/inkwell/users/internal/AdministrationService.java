package io.inkwell.users.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.db.Refusal;
import io.inkwell.users.AccountDeleted;
import io.inkwell.users.AccountSuspended;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccessChanged;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserCounts;
import io.inkwell.users.UserListItem;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserSearch;
import io.inkwell.users.UserStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AdministrationService implements UserAdministration {

    static final int NEWEST_MAX = 50;

    private final UserMapper users;
    private final Credentials credentials;
    private final ApplicationEventPublisher events;
    private final UserSummaryCache summaries;

    AdministrationService(UserMapper users, Credentials credentials, ApplicationEventPublisher events,
            UserSummaryCache summaries) {
        this.users = users;
        this.credentials = credentials;
        this.events = events;
        this.summaries = summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserListItem> search(Actor admin, UserSearch search, PageRequest page) {
        requireUserManager(admin);
        UserFilter filter = UserFilter.of(search);
        return PagedQueries.counted(page, () -> users.selectListItems(filter));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserListItem> find(Actor admin, UUID userId) {
        requireUserManager(admin);
        return users.selectListItemById(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserListItem> newest(Actor admin, int limit) {
        requireUserManager(admin);
        return users.selectNewestListItems(Math.max(1, Math.min(NEWEST_MAX, limit)));
    }

    @Override
    @Transactional
    public void changeRoleAndStatus(Actor admin, ChangeRoleAndStatus command) {
        requireUserManager(admin);
        apply(admin, command);
    }

    @Override
    @Transactional
    public void softDelete(Actor admin, UUID userId) {
        requireUserManager(admin);
        UserListItem user = users.selectListItemById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        apply(admin, new ChangeRoleAndStatus(userId, user.role(), UserStatus.DELETED));
    }

    @Override
    @Transactional(readOnly = true)
    public UserCounts counts(Actor admin) {
        requireUserManager(admin);
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        Map<UserStatus, Long> byStatus = new EnumMap<>(UserStatus.class);
        for (RoleStatusCount count : users.countByRoleAndStatus()) {
            byRole.merge(count.role(), count.count(), Long::sum);
            byStatus.merge(count.status(), count.count(), Long::sum);
        }
        return new UserCounts(byRole, byStatus);
    }

    private static void requireUserManager(Actor actor) {
        if (!actor.mayManageUsers()) {
            throw new NotAllowedException("Only active admins manage users; refused to " + actor.userId());
        }
    }

    /**
     * An invited account has no password: it becomes active when its owner accepts the invitation and chooses
     * one, never by an admin's choice (it could not be signed in to), and no account becomes invited again.
     */
    private static void checkInvitation(UserStatus before, UserStatus after) {
        if (after == UserStatus.INVITED && before != UserStatus.INVITED) {
            throw new AdministrationRefusedException(Refusal.of("refused.administration.invitedOnlyByImport",
                    "An account becomes invited only when an import makes it."));
        }
        if (before == UserStatus.INVITED && after == UserStatus.ACTIVE) {
            throw new AdministrationRefusedException(Refusal.of("refused.administration.invitedNotActivated",
                    "An invited account has no password yet: it becomes active when its owner accepts an invitation."));
        }
    }

    private void apply(Actor admin, ChangeRoleAndStatus command) {
        boolean staysActiveAdmin = command.role() == Role.ADMIN && command.status() == UserStatus.ACTIVE;
        if (admin.userId().equals(command.userId()) && !staysActiveAdmin) {
            throw new AdministrationRefusedException(
                    Refusal.of("refused.administration.ownAccount", "You cannot change your own role or status."));
        }
        if (!staysActiveAdmin) {
            // Locks every active admin row: a concurrent removal waits here and then sees this one's outcome.
            List<UUID> activeAdmins = users.selectActiveAdminIdsForUpdate();
            if (activeAdmins.contains(command.userId()) && activeAdmins.size() == 1) {
                throw new AdministrationRefusedException(Refusal.of("refused.administration.lastAdmin",
                        "The last active admin cannot be demoted, suspended or deleted."));
            }
        }
        UserStatus before = users.selectStatusForUpdate(command.userId())
                .orElseThrow(() -> new UserNotFoundException(command.userId()));
        checkInvitation(before, command.status());
        users.updateRoleAndStatus(command.userId(), command.role(), command.status());
        summaries.forgetWhenDone(command.userId());
        events.publishEvent(new UserAccessChanged(command.userId(), command.role(), command.status()));
        if (command.status() == before) {
            return;
        }
        if (command.status() == UserStatus.SUSPENDED) {
            credentials.endAllSessions(command.userId());
            events.publishEvent(new AccountSuspended(command.userId()));
        } else if (command.status() == UserStatus.DELETED) {
            credentials.endAllSessions(command.userId());
            events.publishEvent(new AccountDeleted(command.userId()));
        }
    }
}
