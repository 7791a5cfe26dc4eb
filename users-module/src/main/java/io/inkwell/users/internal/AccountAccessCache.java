package io.inkwell.users.internal;

import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserAccessChanged;
import io.inkwell.users.UserStatus;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Role, status and session generation of signed-in accounts, asked on every signed-in request. A change is
 * announced to every instance ({@link ClusterChanges}, topic {@value #TOPIC}, the account's id) in its
 * transaction, so each forgets the account as soon as the change commits; this instance also forgets it at
 * commit without waiting for the notification. The short TTL bounds how long a change goes unnoticed while the
 * instances cannot hear each other. Most requests thus cost no SQL at all, the rest one primary-key lookup.
 */
@Component
class AccountAccessCache {

    static final Duration TTL = Duration.ofSeconds(5);
    static final String TOPIC = "account-access";
    /** Far more than the signed-in people of a blog; beyond it the cache simply starts afresh. */
    private static final int MAX_ENTRIES = 10_000;

    private final UserMapper users;
    private final ClusterChanges changes;
    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();

    AccountAccessCache(UserMapper users, ClusterChanges changes) {
        this.users = users;
        this.changes = changes;
        changes.onChange(TOPIC, this::forgetAnnounced);
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

    /** In the transaction that changed the account, so the other instances hear of it when it commits. */
    @EventListener
    void announce(UserAccessChanged change) {
        changes.announce(TOPIC, change.userId().toString());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(UserAccessChanged change) {
        entries.remove(change.userId());
    }

    /** Forgets the account on every instance once the current transaction commits (at once without one). */
    void forgetAfterCommit(UUID userId) {
        changes.announce(TOPIC, userId.toString());
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

    private void forgetAnnounced(String payload) {
        if (ClusterChanges.EVERYTHING.equals(payload)) {
            entries.clear();
        } else {
            entries.remove(UUID.fromString(payload));
        }
    }

    private record Entry(Role role, UserStatus status, int sessionEpoch, long loadedAt) {

        Entry(SessionAccount account, long loadedAt) {
            this(account.role(), account.status(), account.sessionEpoch(), loadedAt);
        }
    }
}
