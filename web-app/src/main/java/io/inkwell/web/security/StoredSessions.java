package io.inkwell.web.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions every instance shares (Spring Session's JDBC repository), with two writes and reads a signed-in page
 * does not need. The time of last access is written at most once per {@link #LAST_ACCESS_STEP} ({@link StoredSession}),
 * so an idle session ends between 29 and 30 minutes after its last request instead of at 30. And within one request
 * a session is read from PostgreSQL once: Spring Session saves it when the response is sent and again when the
 * request ends, and asks the repository for it again before the second save (spring-session issue 1731); the
 * session it saved a moment before is the answer. Outside a request ({@link #duringRequest} not open), every
 * question goes to the store.
 */
final class StoredSessions<S extends Session> implements FindByIndexNameSessionRepository<StoredSession<S>> {

    static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

    /** The sessions read or saved by the current request on this thread; absent outside requests. */
    private static final ThreadLocal<Map<String, StoredSession<?>>> THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> store;

    StoredSessions(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    /**
     * Opens the current request's memory of the sessions it read, closed (and forgotten) when the request ends:
     * {@code try (var request = StoredSessions.duringRequest()) { chain.doFilter(...); }}.
     */
    static RequestMemory duringRequest() {
        Map<String, StoredSession<?>> outer = THIS_REQUEST.get();
        THIS_REQUEST.set(new HashMap<>(2));
        return () -> {
            if (outer == null) {
                THIS_REQUEST.remove();
            } else {
                THIS_REQUEST.set(outer);
            }
        };
    }

    /** Forgets a request's sessions; closing throws nothing. */
    interface RequestMemory extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public StoredSession<S> createSession() {
        return StoredSession.made(store.createSession());
    }

    @Override
    public void save(StoredSession<S> session) {
        store.save(session.stored());
        remember(session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public StoredSession<S> findById(String id) {
        Map<String, StoredSession<?>> read = THIS_REQUEST.get();
        StoredSession<?> known = read == null ? null : read.get(id);
        if (known != null && id.equals(known.getId()) && !known.isExpired()) {
            return (StoredSession<S>) known;
        }
        S found = store.findById(id);
        if (found == null) {
            return null;
        }
        StoredSession<S> session = StoredSession.read(found);
        remember(session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
        Map<String, StoredSession<?>> read = THIS_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
    }

    @Override
    public Map<String, StoredSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, StoredSession<S>> sessions = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> sessions.put(id, StoredSession.read(session)));
        return sessions;
    }

    private static void remember(StoredSession<?> session) {
        Map<String, StoredSession<?>> read = THIS_REQUEST.get();
        if (read != null) {
            read.put(session.getId(), session);
        }
    }
}
