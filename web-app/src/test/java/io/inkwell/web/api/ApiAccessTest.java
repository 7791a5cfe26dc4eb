package io.inkwell.web.api;

import static io.inkwell.web.api.ApiTestKeys.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.integrations.CreatedApiKey;
import io.inkwell.integrations.NewApiKey;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who may read the Content API and how: keys (none, unknown, revoked), the origins each key allows (CORS),
 * conditional requests, cursors handed to the wrong listing, and the public OpenAPI description. Every refusal
 * is a problem in JSON.
 */
@WebTest
class ApiAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    @BeforeEach
    void givenAPost() {
        PostRows.published(jdbc, UserRows.author(jdbc, "Ada"), "Hello", "hello", Instant.parse("2026-01-01T00:00:00Z"));
        PostRows.published(jdbc, UserRows.author(jdbc, "Grace"), "World", "world", Instant.parse("2026-01-02T00:00:00Z"));
        PostRows.category(jdbc, "One", "one");
        PostRows.category(jdbc, "Two", "two");
    }

    private static void isProblem(ResultActions result, int status, String detail) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    @Test
    void withoutAKeyTheAnswerIsAProblemNotALoginPage() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/posts").accept(MediaType.TEXT_HTML));

        isProblem(result, 401, "This API needs a key");
        result.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void aSignedInSessionIsNoKey() throws Exception {
        isProblem(mvc.perform(get("/api/v1/posts").with(user("admin@example.com").roles("ADMIN"))), 401, "This API needs a key");
    }

    @Test
    void anUnknownOrMalformedKeyIsRefused() throws Exception {
        isProblem(mvc.perform(get("/api/v1/posts").with(bearer("ink_" + "A".repeat(43)))), 401, "unknown or has been revoked");
        isProblem(mvc.perform(get("/api/v1/posts").with(bearer("not a key at all"))), 401, "unknown or has been revoked");
        isProblem(mvc.perform(get("/api/v1/posts").header("Authorization", "Basic dXNlcjpwYXNz")), 401, "This API needs a key");
    }

    @Test
    void aKeyWorksUntilItIsRevokedAndNotAfter() throws Exception {
        CreatedApiKey created = keys.create(ApiTestKeys.KEY_ADMIN, new NewApiKey("Soon revoked", ""));
        mvc.perform(get("/api/v1/posts").with(bearer(created.secret()))).andExpect(status().isOk());

        keys.revoke(ApiTestKeys.KEY_ADMIN, created.key().id());

        isProblem(mvc.perform(get("/api/v1/posts").with(bearer(created.secret()))), 401, "unknown or has been revoked");
    }

    @Test
    void anUnchangedAnswerIsNotModifiedForItsEtag() throws Exception {
        String key = ApiTestKeys.key(keys, "");
        String etag = mvc.perform(get("/api/v1/posts").with(bearer(key)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).as("a strong ETag").matches("\"[0-9a-f]+\"");

        mvc.perform(get("/api/v1/posts").with(bearer(key)).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""))
                .andExpect(header().string("ETag", etag));
        mvc.perform(get("/api/v1/posts").with(bearer(key)).header("If-None-Match", "\"something-else\""))
                .andExpect(status().isOk());

        PostRows.published(jdbc, UserRows.author(jdbc, "Linus"), "News", "news", Instant.parse("2026-02-01T00:00:00Z"));
        mvc.perform(get("/api/v1/posts").with(bearer(key)).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", not(etag)));
    }

    @Test
    void aCursorIsRefusedByAnotherListingOrWithOtherParametersOrDamaged() throws Exception {
        String key = ApiTestKeys.key(keys, "");
        String posts = JsonPath.read(mvc.perform(get("/api/v1/posts?limit=1").with(bearer(key))).andReturn().getResponse()
                .getContentAsString(), "$.next");
        String categories = JsonPath.read(mvc.perform(get("/api/v1/categories?limit=1").with(bearer(key))).andReturn().getResponse()
                .getContentAsString(), "$.next");

        isProblem(mvc.perform(get("/api/v1/categories").param("cursor", posts).with(bearer(key))), 400, "belongs to another listing (posts)");
        isProblem(mvc.perform(get("/api/v1/tags").param("cursor", categories).with(bearer(key))), 400,
                "belongs to another listing (categories)");
        isProblem(mvc.perform(get("/api/v1/posts?category=one").param("cursor", posts).with(bearer(key))), 400,
                "belongs to another listing");
        isProblem(mvc.perform(get("/api/v1/search?q=hello").param("cursor", posts).with(bearer(key))), 400, "belongs to another listing");
        isProblem(mvc.perform(get("/api/v1/posts").param("cursor", "2026-01-01T00:00:00Z_not-ours").with(bearer(key))), 400,
                "not one this API gave");
        isProblem(mvc.perform(get("/api/v1/posts").param("cursor", "x".repeat(5000)).with(bearer(key))), 400, "not one this API gave");
    }

    @Test
    void pagesOfAnAllowedOriginMayReadWithTheKey() throws Exception {
        String key = ApiTestKeys.key(keys, "https://app.example");

        mvc.perform(get("/api/v1/posts").with(bearer(key)).header("Origin", "https://app.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "https://app.example"))
                .andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")))
                .andExpect(header().stringValues("Vary", hasItem("Origin")));
        isProblem(mvc.perform(get("/api/v1/posts").with(bearer(key)).header("Origin", "https://evil.example")), 403,
                "Pages of https://evil.example may not use this key");
    }

    @Test
    void aPreflightIsAnsweredForOriginsSomeKeyAllowsAndOnlyForReads() throws Exception {
        ApiTestKeys.key(keys, "https://app.example");

        mvc.perform(options("/api/v1/posts").header("Origin", "https://app.example")
                        .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "https://app.example"))
                .andExpect(header().string("Access-Control-Allow-Methods", containsString("GET")))
                .andExpect(header().string("Access-Control-Allow-Headers", containsString("authorization")))
                .andExpect(header().string("Access-Control-Max-Age", "600"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
        isProblem(mvc.perform(options("/api/v1/posts").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")), 403, "No API key allows pages of https://evil.example");
        isProblem(mvc.perform(options("/api/v1/posts").header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "DELETE")), 403, "No API key allows");
    }

    @Test
    void headIsAnsweredAsGetIs() throws Exception {
        String key = ApiTestKeys.key(keys, "");

        // The container sends no body for a HEAD; MockMvc keeps what was written.
        mvc.perform(head("/api/v1/posts").with(bearer(key)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "max-age=60, private"));
        isProblem(mvc.perform(head("/api/v1/posts")), 401, "This API needs a key");
    }

    @Test
    void theOpenApiDescriptionIsPublicAndDescribesEveryEndpoint() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").header("Host", "attacker.example"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("Inkwell Content API"))
                .andExpect(jsonPath("$.servers[0].url").value("https://blog.example"))
                .andExpect(jsonPath("$.paths['/api/v1/posts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posts/{slug}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pages/{slug}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/categories'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tags'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/authors/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/search'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.PostSummary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/openapi.json']").doesNotExist());
    }
}
