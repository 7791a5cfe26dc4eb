package io.inkwell.web.api;

import io.inkwell.integrations.ApiClient;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A Content API request made with a live key: the key is who is asking. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "API_CLIENT";

    private final ApiClient client;

    ApiKeyAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return "api-key:" + client.keyId();
    }
}
