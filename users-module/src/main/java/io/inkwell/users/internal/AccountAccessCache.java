package io.inkwell.users.internal;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccessChanged;
import io.inkwell.users.UserStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Role and status of signed-in accounts, asked on every signed-in request. A short TTL bounds how long
 * another instance's change goes unnoticed; this instance's own changes evict at once after commit.
 * Most requests thus cost no SQL at all, the rest one primary-key lookup.
 */
@Component
class AccountAccessCache {

    static final Duration TTL = Duration.ofSeconds(5);
    /** Far more than the signed-in people of a blog; beyond it the cache simply starts afresh. */
    private static final int MAX_ENTRIES = 10_000;

    private final UserMapper users;
    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();

    AccountAccessCache(UserMapper users) {
        this.users = users;
    }

    boolean maySessionContinue(UUID userId, Role sessionRole) {
        long now = System.nanoTime();
        Entry entry = entries.get(userId);
        if (entry == null || now - entry.loadedAt() > TTL.toNanos()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = load(userId, now);
            entries.put(userId, entry);
        }
        return entry.status() == UserStatus.ACTIVE && entry.role() == sessionRole;
    }

    private Entry load(UUID userId, long now) {
        Optional<io.inkwell.users.UserListItem> user = users.selectListItemById(userId);
        return user.map(found -> new Entry(found.role(), found.status(), now))
                .orElseGet(() -> new Entry(null, UserStatus.DELETED, now));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(UserAccessChanged change) {
        entries.remove(change.userId());
    }

    private record Entry(Role role, UserStatus status, long loadedAt) {
    }
}
