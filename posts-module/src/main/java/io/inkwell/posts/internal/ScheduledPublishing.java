package io.inkwell.posts.internal;

import io.inkwell.posts.PostPublished;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes due scheduled posts one per transaction, as a person's "Publish" does: the tags are held first, the
 * newest revision becomes the published one, and {@link PostPublished} is published in the same transaction, so
 * listeners react to a scheduled publication exactly as to a manual one.
 */
@Service
class ScheduledPublishing {

    private final ScheduleMapper schedule;
    private final PostTagLinks tags;
    private final RevisionRecorder revisions;
    private final ApplicationEventPublisher events;

    ScheduledPublishing(ScheduleMapper schedule, PostTagLinks tags, RevisionRecorder revisions,
                        ApplicationEventPublisher events) {
        this.schedule = schedule;
        this.tags = tags;
        this.revisions = revisions;
        this.events = events;
    }

    /** The post that fell due first, published, or empty when none is due (or every due one is being published). */
    @Transactional
    public Optional<PostPublished> publishNextDue() {
        tags.holdTags();
        return schedule.publishNextDue().map(due -> {
            revisions.postsPublished(List.of(due.postId()));
            PostPublished published = new PostPublished(due.postId(), due.authorId(), due.slug(), due.publishedAt(),
                    due.version());
            events.publishEvent(published);
            return published;
        });
    }
}
