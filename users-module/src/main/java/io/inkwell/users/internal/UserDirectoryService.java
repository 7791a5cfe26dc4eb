package io.inkwell.users.internal;

import io.inkwell.users.MailContact;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UserDirectoryService implements UserDirectory {

    private final UserMapper users;
    private final UserSummaryCache kept;

    UserDirectoryService(UserMapper users, UserSummaryCache kept) {
        this.users = users;
        this.kept = kept;
    }

    @Override
    public Map<UUID, UserSummary> summariesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(kept.summariesOf(ids));
    }

    @Override
    public Map<UUID, MailContact> mailContactsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.selectMailContactsByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toUnmodifiableMap(MailContact::id, Function.identity()));
    }

    @Override
    public List<MailContact> staffMailContacts() {
        return users.selectStaffMailContacts();
    }

    @Override
    public Optional<UserSummary> summaryOf(UUID id) {
        return Optional.ofNullable(kept.summariesOf(List.of(id)).get(id));
    }
}
