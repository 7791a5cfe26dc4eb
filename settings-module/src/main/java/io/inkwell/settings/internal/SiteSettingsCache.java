package io.inkwell.settings.internal;

import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.settings.Site;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.SiteSettingsLoaded;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The copy of the site's settings every page reads. A thread of its own reads them again every
 * {@link SiteSettings#REFRESH_INTERVAL}, so pages never wait on the database for them and no page's statements
 * include them; a save on this instance reads them at once after it commits, and announces itself to every
 * instance ({@link ClusterChanges}, topic {@value #TOPIC}), each of which reads them again when it hears it. Reads take turns, so a refresh
 * that started before a save committed cannot put back what the save replaced.
 */
@Component
class SiteSettingsCache implements SiteSettings, SmartLifecycle {

    static final String TOPIC = "settings";
    private static final Logger log = LoggerFactory.getLogger(SiteSettingsCache.class);

    private final SiteLoader loader;
    private final ApplicationEventPublisher events;
    private final ClusterChanges changes;
    private volatile Site current;
    private ScheduledExecutorService refresher;

    SiteSettingsCache(SiteLoader loader, ApplicationEventPublisher events, ClusterChanges changes) {
        this.loader = loader;
        this.events = events;
        this.changes = changes;
        changes.onChange(TOPIC, payload -> refresh());
    }

    @Override
    public Site current() {
        Site site = current;
        return site != null ? site : reload();
    }

    @Override
    public synchronized Site reload() {
        Site site = loader.load();
        current = site;
        events.publishEvent(new SiteSettingsLoaded(site));
        return site;
    }

    /**
     * Reads the settings once the current transaction commits (at once without one), on every instance; a
     * rollback keeps the copy.
     */
    void reloadAfterCommit() {
        changes.announce(TOPIC, ClusterChanges.EVERYTHING);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh();
            }
        });
    }

    /**
     * A reload that fails (the database is away) keeps the copy; the next one tries again. One line per failure,
     * without the stack: while the database is away this repeats every few seconds.
     */
    void refresh() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.warn("Could not read the site settings ({}); pages keep the copy read before", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        refresh();
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "site-settings-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = REFRESH_INTERVAL.toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }

    /** Before the web server takes requests, after everything it reads from is up. */
    @Override
    public int getPhase() {
        return 0;
    }
}
