package io.inkwell.web.operations;

import io.inkwell.web.site.SiteHeaders;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operations endpoints (metrics, full health, the page cache) live on their own port,
 * {@code INKWELL_MANAGEMENT_PORT}, bound to 127.0.0.1: whoever can reach it is on the machine, and needs
 * no login. On the site's port only {@link SiteHealthController} answers.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    OperationsConfiguration(Environment environment) {
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            throw new IllegalStateException("INKWELL_MANAGEMENT_PORT (management.server.port) must differ from the "
                    + "site's port, or be -1 to turn the operations endpoints off: on the site's port they would "
                    + "show metrics and internals to anyone");
        }
    }

    /**
     * Matches only requests to the management port. No CSRF token: no browser session ever exists there, and
     * scrapers and scripts ({@code curl -X DELETE .../actuator/pagecache}) have none to send.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain operationsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SiteHeaders::configure);
        return http.build();
    }
}
