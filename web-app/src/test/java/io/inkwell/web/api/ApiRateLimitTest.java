package io.inkwell.web.api;

import static io.inkwell.web.api.ApiTestKeys.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.integrations.ApiKeys;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Each key has its own allowance of requests, shared by every instance (the PostgreSQL buckets). */
@WebTest(properties = "inkwell.rate-limits.api.per-key=3/1h")
class ApiRateLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Test
    void pastItsLimitAKeyIsToldWhenToComeBackAndAnotherKeyIsNot() throws Exception {
        String busy = ApiTestKeys.key(keys, "");
        String other = ApiTestKeys.key(keys, "");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/tags").with(bearer(busy))).andExpect(status().isOk());
        }

        mvc.perform(get("/api/v1/tags").with(bearer(busy)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Too many requests with this key")));
        mvc.perform(get("/api/v1/tags").with(bearer(other))).andExpect(status().isOk());
    }
}
