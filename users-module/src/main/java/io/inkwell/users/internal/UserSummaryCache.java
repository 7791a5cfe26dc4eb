package io.inkwell.users.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.users.UserSummary;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The names and pictures every listing, post page and comment thread shows, kept between pages: they change seldom
 * and were one statement of every page (two of a post page with comments). A change of name, picture or status is
 * announced to every instance ({@link ClusterChanges}, topic {@value #TOPIC}, the account's id) in its transaction,
 * and this instance forgets the account when that transaction ends. {@link #TTL} bounds how long a change goes
 * unseen while the instances cannot hear each other.
 *
 * <p>A page that read an account just before a change committed must not put the old face back after it was
 * forgotten: every forgetting moves a generation on, and rows read under an older generation are used but not kept.
 */
@Component
class UserSummaryCache {

    static final String TOPIC = "user-summaries";
    static final Duration TTL = Duration.ofMinutes(1);
    /** The authors and commenters of a busy day; beyond it the least used are dropped. About 200 bytes each. */
    static final int MAX_ENTRIES = 20_000;

    private final UserMapper users;
    private final ClusterChanges changes;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<UUID, UserSummary> summaries = Caffeine.newBuilder()
            .expireAfterWrite(TTL)
            .maximumSize(MAX_ENTRIES)
            .build();

    UserSummaryCache(UserMapper users, ClusterChanges changes) {
        this.users = users;
        this.changes = changes;
        changes.onChange(TOPIC, this::forgetAnnounced);
    }

    /** The known ones of {@code ids}: those not kept are read in one statement, unknown ids are absent. */
    Map<UUID, UserSummary> summariesOf(Collection<UUID> ids) {
        Set<UUID> asked = new LinkedHashSet<>(ids);
        asked.remove(null);
        Map<UUID, UserSummary> found = new HashMap<>(summaries.getAllPresent(asked));
        asked.removeAll(found.keySet());
        if (asked.isEmpty()) {
            return found;
        }
        long readUnder = generation.get();
        Map<UUID, UserSummary> read = new HashMap<>();
        users.selectSummariesByIds(List.copyOf(asked)).forEach(summary -> read.put(summary.id(), summary));
        found.putAll(read);
        if (generation.get() == readUnder) {
            summaries.putAll(read);
        }
        return found;
    }

    /**
     * Forgets the account on every instance: the others when the current transaction commits; this one at once,
     * so the changing transaction reads its own change, and again when it ends either way, so neither what others
     * read meanwhile nor a rolled-back change stays.
     */
    void forgetWhenDone(UUID userId) {
        changes.announce(TOPIC, userId.toString());
        forget(userId);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forget(userId);
            }
        });
    }

    private void forget(UUID userId) {
        generation.incrementAndGet();
        summaries.invalidate(userId);
    }

    private void forgetAnnounced(String payload) {
        if (ClusterChanges.EVERYTHING.equals(payload)) {
            generation.incrementAndGet();
            summaries.invalidateAll();
        } else {
            forget(UUID.fromString(payload));
        }
    }
}
