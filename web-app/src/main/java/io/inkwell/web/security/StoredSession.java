package io.inkwell.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;

/**
 * A session as {@link StoredSessions} hands it out: everything goes to the stored session, except that the time of
 * last access moves only when it is {@link StoredSessions#LAST_ACCESS_STEP} past the stored one. Every signed-in
 * request sets it, and Spring Session writes a session whose time moved: a write transaction per page, for a
 * time that only decides when an idle session ends.
 */
final class StoredSession<S extends Session> implements Session {

    private final S stored;
    /** The time of last access as read from the store; null for a session made in this request. */
    private final Instant readLastAccess;

    private StoredSession(S stored, Instant readLastAccess) {
        this.stored = stored;
        this.readLastAccess = readLastAccess;
    }

    static <S extends Session> StoredSession<S> made(S session) {
        return new StoredSession<>(session, null);
    }

    static <S extends Session> StoredSession<S> read(S session) {
        return new StoredSession<>(session, session.getLastAccessedTime());
    }

    S stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (readLastAccess == null
                || Duration.between(readLastAccess, lastAccessedTime).compareTo(StoredSessions.LAST_ACCESS_STEP) >= 0) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
