package io.inkwell.web.api;

import io.inkwell.integrations.ApiKeys;
import io.inkwell.integrations.NewApiKey;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API keys for web tests, made as an admin makes them, and the header a client sends one in. */
public final class ApiTestKeys {

    /** An admin's authority for making keys; a key records no maker, so no account stands behind it. */
    public static final Actor KEY_ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    private ApiTestKeys() {
    }

    /** A live key's text, usable from pages of these origins (one per line, or none). */
    public static String key(ApiKeys keys, String origins) {
        return keys.create(KEY_ADMIN, new NewApiKey("Test client", origins)).secret();
    }

    public static RequestPostProcessor bearer(String key) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key);
            return request;
        };
    }
}
