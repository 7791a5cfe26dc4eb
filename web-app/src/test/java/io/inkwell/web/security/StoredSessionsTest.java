package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.support.CookieJar;
import io.inkwell.web.support.WebTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A signed-in page reads its session once and writes its time of last access at most once a minute. */
@WebTest
class StoredSessionsTest {

    private static final String LAST_ACCESS = "select last_access_time from spring_session where principal_name is not null";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserAccounts accounts;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void everyoneAskingForTheSessionRepositoryGetsTheWrapper() {
        assertThat(sessions).isInstanceOf(StoredSessions.class);
    }

    @Test
    void aSignedInPageWritesTheTimeOfLastAccessOnlyAMinuteAfterTheStoredOne() throws Exception {
        CookieJar session = signedIn();
        long stored = jdbc.queryForObject(LAST_ACCESS, Long.class);

        mvc.perform(get("/account").with(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(LAST_ACCESS, Long.class)).as("within the minute").isEqualTo(stored);

        long twoMinutesEarlier = stored - Duration.ofMinutes(2).toMillis();
        jdbc.update("update spring_session set last_access_time = ? where principal_name is not null", twoMinutesEarlier);
        mvc.perform(get("/account").with(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(LAST_ACCESS, Long.class)).as("a minute on").isGreaterThanOrEqualTo(stored);
    }

    @Test
    void aSessionIdlePastItsTimeoutStillEnds() throws Exception {
        CookieJar session = signedIn();
        long longAgo = Instant.now().minus(Duration.ofMinutes(31)).toEpochMilli();
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where principal_name is not null",
                longAgo, longAgo + Duration.ofMinutes(30).toMillis());

        mvc.perform(get("/account").with(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void withinARequestASessionIsReadOnceAndWhatItSavedIsTheAnswerAfterwards() {
        Wrapped stored = aSessionInAWrappedStore();

        try (var request = StoredSessions.duringRequest()) {
            Session first = stored.sessions().findById(stored.id());
            assertThat(stored.sessions().findById(stored.id())).isSameAs(first);
            resave(stored.sessions(), stored.id());
            assertThat(stored.sessions().findById(stored.id())).isSameAs(first);
        }
        assertThat(stored.store().reads).isEqualTo(1);

        assertThat(stored.sessions().findById(stored.id())).as("the next request reads afresh").isNotNull();
        assertThat(stored.store().reads).isEqualTo(2);
    }

    @Test
    void outsideARequestEveryQuestionGoesToTheStore() {
        Wrapped stored = aSessionInAWrappedStore();

        stored.sessions().findById(stored.id());
        stored.sessions().findById(stored.id());

        assertThat(stored.store().reads).isEqualTo(2);
    }

    @Test
    void aSessionDeletedDuringTheRequestIsNotAnsweredFromMemory() {
        Wrapped stored = aSessionInAWrappedStore();

        try (var request = StoredSessions.duringRequest()) {
            assertThat(stored.sessions().findById(stored.id())).isNotNull();
            stored.sessions().deleteById(stored.id());
            assertThat(stored.sessions().findById(stored.id())).isNull();
        }
    }

    @Test
    void theTimeOfLastAccessMovesOnlyOnceAMinuteHasPassedSinceTheStoredOne() {
        MapSession stored = new MapSession();
        Instant read = Instant.parse("2026-12-03T10:00:00Z");
        stored.setLastAccessedTime(read);
        StoredSession<MapSession> session = StoredSession.read(stored);

        session.setLastAccessedTime(read.plusSeconds(59));
        assertThat(session.getLastAccessedTime()).isEqualTo(read);

        session.setLastAccessedTime(read.plusSeconds(60));
        assertThat(session.getLastAccessedTime()).isEqualTo(read.plusSeconds(60));

        StoredSession<MapSession> made = StoredSession.made(new MapSession());
        made.setLastAccessedTime(read);
        assertThat(made.getLastAccessedTime()).as("a new session takes every time").isEqualTo(read);
    }

    private CookieJar signedIn() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        CookieJar session = new CookieJar();
        session.keep(mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD)));
        return session;
    }

    /** A session saved in the real JDBC repository, and that repository counted and wrapped. */
    private record Wrapped(CountingStore<?> store, String id, StoredSessions<?> sessions) {
    }

    private Wrapped aSessionInAWrappedStore() {
        CountingStore<?> store = counting(new JdbcIndexedSessionRepository(jdbc, transactions));
        return new Wrapped(store, savedSessionIn(store), new StoredSessions<>(store));
    }

    private static <S extends Session> String savedSessionIn(CountingStore<S> store) {
        S session = store.createSession();
        session.setAttribute("kept", "yes");
        store.save(session);
        return session.getId();
    }

    private static <S extends Session> void resave(StoredSessions<S> sessions, String id) {
        StoredSession<S> session = sessions.findById(id);
        session.setAttribute("kept", "still");
        sessions.save(session);
    }

    private static <S extends Session> CountingStore<S> counting(FindByIndexNameSessionRepository<S> store) {
        return new CountingStore<>(store);
    }

    /** The real JDBC repository, counting the reads by id that reach it. */
    private static final class CountingStore<S extends Session> implements FindByIndexNameSessionRepository<S> {

        private final FindByIndexNameSessionRepository<S> store;
        private int reads;

        CountingStore(FindByIndexNameSessionRepository<S> store) {
            this.store = store;
        }

        @Override
        public S createSession() {
            return store.createSession();
        }

        @Override
        public void save(S session) {
            store.save(session);
        }

        @Override
        public S findById(String id) {
            reads++;
            return store.findById(id);
        }

        @Override
        public void deleteById(String id) {
            store.deleteById(id);
        }

        @Override
        public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return store.findByIndexNameAndIndexValue(indexName, indexValue);
        }
    }
}
