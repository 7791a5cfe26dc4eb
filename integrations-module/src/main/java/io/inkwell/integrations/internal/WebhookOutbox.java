package io.inkwell.integrations.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.posts.PagePublished;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostUnpublished;
import io.inkwell.posts.PostUpdated;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the posts context's events into outbox rows, one per webhook subscribed to the event's type. The event
 * itself was stored by the event publication registry in the transaction that made it, so nothing is lost if
 * this listener fails (it is handed the event again); it runs once that transaction has committed, in one
 * statement of its own, and sends nothing: the worker does, off the request's thread.
 *
 * <p>Bodies are thin: what happened and to which post or page, with its address. A receiver reads the rest from
 * the Content API. The event's id is made from its type, subject and version, so hearing an event twice writes
 * no second delivery, and every webhook and every redelivery of one event carries the same id for receivers to
 * recognise. The listener ids are fixed, so renaming a method does not orphan stored publications.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeliveryMapper deliveries;
    private final String baseUrl;
    private final Clock clock;

    @Autowired
    WebhookOutbox(DeliveryMapper deliveries, @Value("${inkwell.base-url:http://localhost:8080}") String baseUrl) {
        this(deliveries, baseUrl, Clock.systemUTC());
    }

    WebhookOutbox(DeliveryMapper deliveries, String baseUrl, Clock clock) {
        this.deliveries = deliveries;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The body of every delivery. */
    record Body(UUID id, String type, Instant occurredAt, Map<String, Subject> data) {
    }

    /** The post or page an event is about; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subject(UUID id, String slug, String url, UUID authorId, Instant publishedAt, String status) {
    }

    @ApplicationModuleListener(id = "integrations.webhooks.post-published")
    public void postPublished(PostPublished event) {
        record(WebhookEvent.POST_PUBLISHED, event.postId(), event.version(), "post",
                new Subject(event.postId(), event.slug(), url("/posts/" + event.slug()), event.authorId(), event.publishedAt(), null));
    }

    @ApplicationModuleListener(id = "integrations.webhooks.post-updated")
    public void postUpdated(PostUpdated event) {
        record(WebhookEvent.POST_UPDATED, event.postId(), event.version(), "post",
                new Subject(event.postId(), event.slug(), url("/posts/" + event.slug()), event.authorId(), null, null));
    }

    @ApplicationModuleListener(id = "integrations.webhooks.post-unpublished")
    public void postUnpublished(PostUnpublished event) {
        record(WebhookEvent.POST_UNPUBLISHED, event.postId(), event.version(), "post",
                new Subject(event.postId(), null, null, null, null, event.status().name().toLowerCase(Locale.ROOT)));
    }

    @ApplicationModuleListener(id = "integrations.webhooks.post-deleted")
    public void postDeleted(PostDeleted event) {
        record(WebhookEvent.POST_DELETED, event.postId(), event.version(), "post",
                new Subject(event.postId(), null, null, null, null, null));
    }

    @ApplicationModuleListener(id = "integrations.webhooks.page-published")
    public void pagePublished(PagePublished event) {
        record(WebhookEvent.PAGE_PUBLISHED, event.pageId(), event.version(), "page",
                new Subject(event.pageId(), event.slug(), url("/" + event.slug()), null, event.publishedAt(), null));
    }

    private void record(WebhookEvent event, UUID subjectId, int version, String kind, Subject subject) {
        UUID eventId = eventId(event, subjectId, version);
        String body = JSON.writeValueAsString(new Body(eventId, event.type(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                Map.of(kind, subject)));
        deliveries.insertForSubscribers(eventId, event.type(), body);
    }

    static UUID eventId(WebhookEvent event, UUID subjectId, int version) {
        return UUID.nameUUIDFromBytes((event.type() + "/" + subjectId + "/" + version).getBytes(StandardCharsets.UTF_8));
    }

    private String url(String path) {
        return baseUrl + path;
    }
}
