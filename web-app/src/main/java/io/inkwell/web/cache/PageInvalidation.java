package io.inkwell.web.cache;

import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.posts.PostPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * Expires the kept pages and searches of every instance when something they show may have changed: after any
 * successful write through an instance (here at once, elsewhere when they hear it), and when a scheduled post
 * goes out, which no request writes. Each instance hears the announcement ({@link ClusterChanges}, topic
 * {@value #TOPIC}) within a moment; while they cannot hear each other, their pages age out by the time to live.
 */
class PageInvalidation {

    static final String TOPIC = "pages";
    private static final Logger log = LoggerFactory.getLogger(PageInvalidation.class);

    private final PageCache pages;
    private final PageCache searches;
    private final ClusterChanges changes;
    private final ApplicationEventPublisher events;

    PageInvalidation(PageCache pages, PageCache searches, ClusterChanges changes, ApplicationEventPublisher events) {
        this.pages = pages;
        this.searches = searches;
        this.changes = changes;
        this.events = events;
        changes.onChange(TOPIC, payload -> expireHere());
    }

    /** After a request's writes have committed: this instance's pages at once, the others' when they hear it. */
    void afterWrite() {
        expireHere();
        try {
            changes.announce(TOPIC, ClusterChanges.EVERYTHING);
        } catch (RuntimeException e) {
            // The write is done; a reader elsewhere sees it by the time to live instead.
            log.warn("Could not tell the other instances to expire their pages ({})", e.toString());
        }
    }

    /** In the publishing transaction (a scheduled post's included), so instances hear of it when it commits. */
    @EventListener
    void postPublished(PostPublished published) {
        changes.announce(TOPIC, ClusterChanges.EVERYTHING);
    }

    private void expireHere() {
        pages.expireAll();
        searches.expireAll();
        events.publishEvent(new PagesExpired());
    }
}
