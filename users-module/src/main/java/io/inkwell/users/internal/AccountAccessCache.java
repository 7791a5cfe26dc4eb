package io.inkwell.users.internal;

import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserAccessChanged;
import io.inkwell.users.UserStatus;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Role, status and session generation of signed-in accounts, asked on every signed-in request. A short TTL
 * bounds how long another instance's change goes unnoticed; this instance's own changes evict at once after
 * commit. Most requests thus cost no SQL at all, the rest one primary-key lookup.
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

    boolean maySessionContinue(UUID userId, Role sessionRole, int sessionEpoch) {
        long now = System.nanoTime();
        Entry entry = entries.get(userId);
        if (entry == null || now - entry.loadedAt() > TTL.toNanos()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = load(userId, now);
            entries.put(userId, entry);
        }
        return entry.status() == UserStatus.ACTIVE && entry.role() == sessionRole && entry.sessionEpoch() == sessionEpoch;
    }

    private Entry load(UUID userId, long now) {
        return users.selectSessionAccountById(userId)
                .map(account -> new Entry(account, now))
                .orElseGet(() -> new Entry(null, UserStatus.DELETED, -1, now));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(UserAccessChanged change) {
        entries.remove(change.userId());
    }

    /** Forgets the account once the current transaction commits (at once without one). */
    void forgetAfterCommit(UUID userId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            entries.remove(userId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                entries.remove(userId);
            }
        });
    }

    private record Entry(Role role, UserStatus status, int sessionEpoch, long loadedAt) {

        Entry(SessionAccount account, long loadedAt) {
            this(account.role(), account.status(), account.sessionEpoch(), loadedAt);
        }
    }
}
