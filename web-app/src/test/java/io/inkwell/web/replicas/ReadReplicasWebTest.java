package io.inkwell.web.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.inkwell.db.ReadReplicas;
import io.inkwell.db.test.ReplicaStandIn;
import io.inkwell.web.support.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site with two replicas configured: a database that is no replica (PostgreSQL says so) and one that is down.
 * Every read therefore goes to the primary, which is what the site does whenever no replica fits.
 */
@WebTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "inkwell.db.replica-max-lag=3s")
class ReadReplicasWebTest {

    @DynamicPropertySource
    static void replicas(DynamicPropertyRegistry registry) {
        ReplicaStandIn.registerWithDeadReplica(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int sitePort;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnonymousWriterGetsTheWrittenCookieForAsLongAsAReplicaMayLag() throws Exception {
        MvcResult registered = mvc.perform(post("/register").with(csrf()).param("name", "Ada")
                .param("email", "ada@example.com").param("password", "correct horse battery")).andReturn();

        List<String> cookies = registered.getResponse().getHeaders(HttpHeaders.SET_COOKIE);
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith(ReadYourWritesFilter.COOKIE + "="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .matches(ReadYourWritesFilter.COOKIE + "=[0-9a-f]+;.*")
                        .contains("Max-Age=4", "HttpOnly", "SameSite=Lax", "Path=/"));
    }

    @Test
    void aReaderWhoWroteNothingGetsNoCookie() throws Exception {
        MvcResult read = mvc.perform(get("/")).andReturn();

        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .noneMatch(cookie -> cookie.startsWith(ReadYourWritesFilter.COOKIE));
    }

    @Test
    void aCookieAClientMadeUpChangesNothing() throws Exception {
        MvcResult read = mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie(ReadYourWritesFilter.COOKIE, "zz/top")))
                .andReturn();

        assertThat(read.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSessionsOwnTransactionsAreUntrackedAndBootsTemplateStays() {
        TransactionTemplate session = context.getBean("springSessionTransactionOperations", TransactionTemplate.class);

        assertThat(session.getName()).isEqualTo(ReadReplicas.UNTRACKED_TRANSACTION);
        assertThat(session.getPropagationBehavior()).isEqualTo(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        assertThat(session.isReadOnly()).isFalse();
        assertThat(context.getBean(TransactionTemplate.class)).isNotSameAs(session);
    }

    @Test
    void healthShowsTheReplicasDegradedWhileTheSiteStaysUp() throws Exception {
        HttpResponse<String> site = send(sitePort, "/actuator/health");
        HttpResponse<String> full = send(managementPort, "/actuator/health");
        HttpResponse<String> replication = send(managementPort, "/actuator/health/replication");

        assertThat(site.statusCode()).isEqualTo(200);
        assertThat(site.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).endsWith("\"status\":\"UP\"}").containsPattern("\"replicas\":\\{[^}]*\"status\":\"DEGRADED\"");
        assertThat(replication.statusCode()).isEqualTo(200);
        assertThat(replication.body()).contains("NOT_A_REPLICA", "DOWN", "127.0.0.1:1/nothing?password=***",
                ReplicaStandIn.DATABASE, "lagMillis").doesNotContain("hidden");
    }

    private HttpResponse<String> send(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
