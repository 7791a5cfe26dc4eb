package io.inkwell.users.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.ChangeRoleAndStatus;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('ADMIN')")
class AdministrationService implements UserAdministration {

    static final int NEWEST_MAX = 50;

    private final UserMapper users;
    private final ApplicationEventPublisher events;

    AdministrationService(UserMapper users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserListItem> search(UserSearch search, PageRequest page) {
        UserFilter filter = UserFilter.of(search);
        return PagedQueries.counted(page, () -> users.selectListItems(filter));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserListItem> find(UUID userId) {
        return users.selectListItemById(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserListItem> newest(int limit) {
        return users.selectNewestListItems(Math.max(1, Math.min(NEWEST_MAX, limit)));
    }

    @Override
    @Transactional
    public void changeRoleAndStatus(Actor admin, ChangeRoleAndStatus command) {
        apply(admin, command);
    }

    @Override
    @Transactional
    public void softDelete(Actor admin, UUID userId) {
        UserListItem user = users.selectListItemById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        apply(admin, new ChangeRoleAndStatus(userId, user.role(), UserStatus.DELETED));
    }

    @Override
    @Transactional(readOnly = true)
    public UserCounts counts() {
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        Map<UserStatus, Long> byStatus = new EnumMap<>(UserStatus.class);
        for (RoleStatusCount count : users.countByRoleAndStatus()) {
            byRole.merge(count.role(), count.count(), Long::sum);
            byStatus.merge(count.status(), count.count(), Long::sum);
        }
        return new UserCounts(byRole, byStatus);
    }

    private void apply(Actor admin, ChangeRoleAndStatus command) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("Only admins manage users");
        }
        boolean staysActiveAdmin = command.role() == Role.ADMIN && command.status() == UserStatus.ACTIVE;
        if (admin.userId().equals(command.userId()) && !staysActiveAdmin) {
            throw new AdministrationRefusedException("You cannot change your own role or status.");
        }
        if (!staysActiveAdmin) {
            // Locks every active admin row: a concurrent removal waits here and then sees this one's outcome.
            List<UUID> activeAdmins = users.selectActiveAdminIdsForUpdate();
            if (activeAdmins.contains(command.userId()) && activeAdmins.size() == 1) {
                throw new AdministrationRefusedException("The last active admin cannot be demoted, suspended or deleted.");
            }
        }
        if (users.updateRoleAndStatus(command.userId(), command.role(), command.status()) == 0) {
            throw new UserNotFoundException(command.userId());
        }
        events.publishEvent(new UserAccessChanged(command.userId(), command.role(), command.status()));
    }
}
