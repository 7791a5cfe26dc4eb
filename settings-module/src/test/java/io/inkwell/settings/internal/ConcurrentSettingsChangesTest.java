package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SettingsTestApplication;
import io.inkwell.settings.StaleSettingsException;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admins changing the settings or a menu at the same moment, committed for real: these tests truncate. */
@SpringBootTest(classes = SettingsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class ConcurrentSettingsChangesTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);
    static final int ADMINS = 6;

    @Autowired
    SettingsAdministration settings;

    @Autowired
    Navigation navigation;

    @Autowired
    JdbcTemplate jdbc;

    private static <T> List<Future<T>> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<T> future : futures) {
                try {
                    future.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException ignored) {
                    // Looked at by the test through the future.
                }
            }
            return futures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable failureOf(Future<?> future) throws InterruptedException {
        try {
            future.get();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void ofSavesOpenedOnOneVersionOneIsStoredAndTheOthersAreToldTheyAreStale() throws Exception {
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < ADMINS; i++) {
            String title = "Title of admin " + i;
            saves.add(() -> settings.save(ADMIN, new ChangeSettings(title, null, "en", "UTC", 10, true, null, null, null, 0)).title());
        }

        List<Future<String>> results = runTogether(saves);

        List<String> stored = new ArrayList<>();
        int stale = 0;
        for (Future<String> result : results) {
            Throwable failure = failureOf(result);
            if (failure == null) {
                stored.add(result.get());
            } else {
                assertThat(failure).isInstanceOf(StaleSettingsException.class);
                stale++;
            }
        }
        assertThat(stored).hasSize(1);
        assertThat(stale).isEqualTo(ADMINS - 1);
        assertThat(settings.stored().title()).isEqualTo(stored.get(0));
        assertThat(settings.stored().version()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from navigation_items", Integer.class)).isEqualTo(4);
    }

    @Test
    void itemsAddedAtOnceOnANewSiteAllLandAfterTheDefaultMenuStoredOnce() throws Exception {
        List<Callable<NavigationItem>> adds = new ArrayList<>();
        for (int i = 0; i < ADMINS; i++) {
            String label = "Item " + i;
            adds.add(() -> navigation.add(ADMIN, Menu.HEADER, label, LinkTarget.address("/item-" + label.length())));
        }

        for (Future<NavigationItem> added : runTogether(adds)) {
            assertThat(failureOf(added)).isNull();
        }

        List<String> labels = navigation.stored().header().stream().map(NavigationItem::label).toList();
        assertThat(labels).hasSize(3 + ADMINS).startsWith("Home", "Categories", "Trending");
        assertThat(navigation.stored().footer()).extracting(NavigationItem::label).containsExactly("Atom feed");
    }
}
