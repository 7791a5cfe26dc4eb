package io.inkwell.web.webhooks;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.inkwell.integrations.WebhookDispatch;
import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.integrations.test.WebhookReceiver;
import io.inkwell.integrations.test.WebhookReceiver.Received;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What happens on the site reaches a webhook: the site's own commands publish the events, the outbox is written once
 * they commit, and the worker (run here by the test) sends signed deliveries to a receiver in this JVM on 127.0.0.1,
 * which these tests allow as INKWELL_WEBHOOKS_ALLOW_PRIVATE does. The request that caused an event neither waits for
 * nor fails with the receiver.
 */
@WebTest(properties = {"inkwell.webhooks.allow-private=true", "inkwell.webhooks.first-retry=0s"})
class WebhookJourneyTest {

    private static final String SECRET = "whsec_journey_secret_0123";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands posts;

    @Autowired
    PageCommands pages;

    @Autowired
    WebhookDispatch dispatch;

    WebhookReceiver receiver;
    SignedInUser ada;

    @BeforeEach
    void givenAReceiverAndAWebhook() throws Exception {
        receiver = WebhookReceiver.start();
        IntegrationRows.webhook(jdbc, receiver.url("/inkwell"), SECRET,
                "post.published", "post.updated", "post.unpublished", "post.deleted", "page.published");
        ada = person(jdbc, "Ada", Role.USER);
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    private List<String> typesReceived() {
        return receiver.requests().stream().map(request -> request.header("Inkwell-Event")).toList();
    }

    @Test
    void aPostsLifeReachesTheReceiverSignedAndInOrder() {
        PostRef post = WebTestData.post(posts, ada, "Hello hooks", true);
        posts.update(ada.actor(), post.id(), 0, new PostDraft("Hello hooks", null, "Edited", null, null, Set.of()), false);
        posts.archive(ada.actor(), post.id());
        posts.delete(ada.actor(), post.id());
        pages.create(new Actor(person(jdbc, "Root", Role.ADMIN).id(), Role.ADMIN), new PageDraft("About", null, "Us"), true);
        assertThat(receiver.requests()).as("nothing is sent by the requests themselves").isEmpty();

        while (dispatch.deliverDue() > 0) {
            // Each round sends what is due; the deliveries were all due at once.
        }

        assertThat(typesReceived()).containsExactlyInAnyOrder("post.published", "post.updated", "post.unpublished", "post.deleted",
                "page.published");
        assertThat(receiver.requests()).allSatisfy(request -> assertThat(request.signedWith(SECRET)).isTrue());
        Received published = receiver.requests().stream().filter(r -> r.header("Inkwell-Event").equals("post.published")).findFirst()
                .orElseThrow();
        assertThat((String) JsonPath.read(published.body(), "$.data.post.url")).isEqualTo("https://blog.example/posts/hello-hooks");
        assertThat((String) JsonPath.read(published.body(), "$.data.post.id")).isEqualTo(post.id().toString());
        assertThat(jdbc.queryForObject("select count(*) from webhook_deliveries where status = 'delivered'", Integer.class)).isEqualTo(5);
    }

    @Test
    void publishingThroughTheSiteSucceedsWhileTheReceiverFailsAndTheDeliveryIsTriedAgain() throws Exception {
        receiver.answer(500);

        mvc.perform(post("/posts/new").with(user(ada)).with(csrf())
                        .param("title", "Brave words").param("content", "Text").param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        dispatch.deliverDue();
        assertThat(jdbc.queryForObject("select status from webhook_deliveries", String.class)).isEqualTo("pending");

        dispatch.deliverDue();

        assertThat(jdbc.queryForObject("select status from webhook_deliveries", String.class)).isEqualTo("delivered");
        assertThat(receiver.requests()).hasSize(2).extracting(Received::body).containsOnly(receiver.requests().get(0).body());
        assertThat(jdbc.queryForObject("select count(*) from posts where status = 'published'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aDraftSavedTellsNobody() {
        WebTestData.post(posts, ada, "Quiet draft", false);

        assertThat(dispatch.deliverDue()).isZero();
        assertThat(receiver.requests()).isEmpty();
    }
}
