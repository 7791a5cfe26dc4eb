package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SettingsTestApplication;
import io.inkwell.settings.Site;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.SiteSettingsLoaded;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The copy of the settings every page reads: refreshed from the database on its own thread every few seconds,
 * and at once after a save commits on this instance. These tests commit, and clean up by truncating.
 */
@SpringBootTest(classes = SettingsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
@RecordApplicationEvents
class SiteSettingsCacheTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    SiteSettingsCache cache;

    @Autowired
    SiteSettings siteSettings;

    @Autowired
    SettingsAdministration settings;

    @Autowired
    Navigation navigation;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void aNewSiteReadByThisInstance() {
        cache.reload();
    }

    private static ChangeSettings titled(String title, int version) {
        return new ChangeSettings(title, null, "en", "UTC", 10, true, null, null, null, version);
    }

    @Test
    void theCopyIsWhatTheRefreshReadAndTheApiHandsItOut() {
        assertThat(siteSettings).isSameAs(cache);
        assertThat(cache.current().settings().title()).isEqualTo("Inkwell");
        assertThat(cache.current()).isSameAs(cache.current());
    }

    @Test
    void aSaveShowsAtOnceOnThisInstance() {
        settings.save(ADMIN, titled("Ada's notes", 0));

        assertThat(cache.current().settings().title()).isEqualTo("Ada's notes");
        assertThat(events.stream(SiteSettingsLoaded.class)).last()
                .satisfies(loaded -> assertThat(loaded.site().settings().title()).isEqualTo("Ada's notes"));
    }

    @Test
    void aMenuChangeShowsAtOnceOnThisInstance() {
        navigation.add(ADMIN, Menu.FOOTER, "About", LinkTarget.address("/about"));

        assertThat(cache.current().footer()).extracting(NavigationItem::label).containsExactly("Atom feed", "About");
    }

    /** The refresh thread is paused, so that only the test decides when the copy is read again. */
    private void withoutTheRefreshThread(Runnable test) {
        cache.stop();
        try {
            test.run();
        } finally {
            cache.start();
        }
    }

    @Test
    void aSaveThatRollsBackLeavesTheCopyAsItWas() {
        Site before = cache.current();

        transactions.executeWithoutResult(status -> {
            settings.save(ADMIN, titled("Never committed", 0));
            status.setRollbackOnly();
        });

        assertThat(cache.current()).isEqualTo(before);
    }

    @Test
    void anotherInstancesSaveShowsAtTheNextRefreshAndNotBefore() {
        withoutTheRefreshThread(() -> {
            SettingsRows.stored(jdbc, "Saved elsewhere");
            SettingsRows.menuItem(jdbc, "header", "Elsewhere", "/elsewhere");

            assertThat(cache.current().settings().title()).isEqualTo("Inkwell");

            cache.refresh();

            assertThat(cache.current().settings().title()).isEqualTo("Saved elsewhere");
            assertThat(cache.current().header()).extracting(NavigationItem::label).containsExactly("Elsewhere");
        });
    }

    @Test
    void theRefreshRunsOnItsOwnThreadOftenEnoughForFiveSeconds() {
        assertThat(cache.isRunning()).isTrue();
        assertThat(SiteSettings.REFRESH_INTERVAL).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefreshThatCannotReadKeepsTheCopy() {
        withoutTheRefreshThread(() -> {
            SettingsRows.stored(jdbc, "Not read");
            jdbc.execute("alter table site_settings rename to site_settings_away");
            try {
                cache.refresh();
            } finally {
                jdbc.execute("alter table site_settings_away rename to site_settings");
            }

            assertThat(cache.current().settings().title()).isEqualTo("Inkwell");
        });
    }

    @Test
    void aStaleSaveLeavesTheCopyWithTheFirstSave() {
        io.inkwell.settings.Settings first = settings.save(ADMIN, titled("First", 0));

        assertThatThrownBy(() -> settings.save(ADMIN, titled("Second", 0)))
                .isInstanceOf(io.inkwell.settings.StaleSettingsException.class);

        assertThat(cache.current().settings()).isEqualTo(first);
    }
}
