package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.integrations.IntegrationsTestApplication;
import io.inkwell.integrations.WebhookEvent;
import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.posts.PagePublished;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostUnpublished;
import io.inkwell.posts.PostUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The posts context's events become outbox rows once their transaction commits, one per subscribed webhook, with
 * the body that will be signed and sent. Events are published as the posts context does, inside a transaction.
 */
@SpringBootTest(classes = IntegrationsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class WebhookOutboxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    UUID everything;
    UUID pagesOnly;

    @BeforeEach
    void givenTwoWebhooks() {
        everything = IntegrationRows.webhook(jdbc, "https://a.example.invalid/hook", "whsec_0123456789abcdef",
                "post.published", "post.updated", "post.unpublished", "post.deleted", "page.published");
        pagesOnly = IntegrationRows.webhook(jdbc, "https://b.example.invalid/hook", "whsec_fedcba9876543210", "page.published");
    }

    private void committed(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<Map<String, Object>> deliveries() {
        return jdbc.queryForList("select webhook_id, event_id, event_type, payload, status from webhook_deliveries order by event_type");
    }

    private JsonNode body(String eventType) {
        return JSON.readTree(jdbc.queryForObject("select payload from webhook_deliveries where event_type = ? limit 1", String.class, eventType));
    }

    @Test
    void aPublishedPostIsWrittenForTheWebhooksThatAskedWithAThinSignedBody() {
        UUID post = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        Instant publishedAt = Instant.parse("2026-03-01T10:15:30Z");

        committed(new PostPublished(post, author, "hello-world", publishedAt, 3));

        assertThat(deliveries()).singleElement().satisfies(row -> {
            assertThat(row.get("webhook_id")).isEqualTo(everything);
            assertThat(row.get("event_type")).isEqualTo("post.published");
            assertThat(row.get("status")).isEqualTo("pending");
            assertThat(row.get("event_id")).isEqualTo(WebhookOutbox.eventId(WebhookEvent.POST_PUBLISHED, post, 3));
        });
        JsonNode body = body("post.published");
        assertThat(body.get("id").asString()).isEqualTo(WebhookOutbox.eventId(WebhookEvent.POST_PUBLISHED, post, 3).toString());
        assertThat(body.get("type").asString()).isEqualTo("post.published");
        assertThat(body.get("occurredAt").asString()).endsWith("Z");
        JsonNode data = body.get("data").get("post");
        assertThat(data.get("id").asString()).isEqualTo(post.toString());
        assertThat(data.get("slug").asString()).isEqualTo("hello-world");
        assertThat(data.get("url").asString()).isEqualTo("https://blog.example/posts/hello-world");
        assertThat(data.get("authorId").asString()).isEqualTo(author.toString());
        assertThat(data.get("publishedAt").asString()).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(data.has("status")).as("absent fields are left out").isFalse();
    }

    @Test
    void everyKindOfEventReachesItsSubscribers() {
        UUID post = UUID.randomUUID();
        UUID page = UUID.randomUUID();

        committed(new PostUpdated(post, UUID.randomUUID(), "renamed", 4));
        committed(new PostUnpublished(post, PostStatus.ARCHIVED, 5));
        committed(new PostDeleted(post, 6));
        committed(new PagePublished(page, "about", Instant.parse("2026-03-01T00:00:00Z"), 0));

        assertThat(deliveries()).extracting(row -> row.get("event_type") + " to " + (row.get("webhook_id").equals(everything) ? "all" : "pages"))
                .containsExactly("page.published to all", "page.published to pages", "post.deleted to all",
                        "post.unpublished to all", "post.updated to all");
        assertThat(body("post.updated").get("data").get("post").get("url").asString()).isEqualTo("https://blog.example/posts/renamed");
        assertThat(body("post.unpublished").get("data").get("post").get("status").asString()).isEqualTo("archived");
        assertThat(body("post.deleted").get("data").get("post").get("id").asString()).isEqualTo(post.toString());
        assertThat(body("page.published").get("data").get("page").get("url").asString()).isEqualTo("https://blog.example/about");
    }

    @Test
    void anEventHeardTwiceIsWrittenOnceAndARolledBackOneNever() {
        UUID post = UUID.randomUUID();
        PostPublished published = new PostPublished(post, UUID.randomUUID(), "twice", Instant.now(), 0);

        committed(published);
        committed(published);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PostDeleted(post, 1));
            status.setRollbackOnly();
        });

        assertThat(deliveries()).extracting(row -> row.get("event_type")).containsExactly("post.published");
    }

    @Test
    void withoutWebhooksAnEventWritesNothing() {
        jdbc.update("delete from webhooks");

        committed(new PostPublished(UUID.randomUUID(), UUID.randomUUID(), "quiet", Instant.now(), 0));

        assertThat(deliveries()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class))
                .as("the listener completed its publications").isZero();
    }
}
