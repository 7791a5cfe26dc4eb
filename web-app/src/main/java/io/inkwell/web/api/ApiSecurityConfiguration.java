package io.inkwell.web.api;

import io.inkwell.integrations.ApiKeys;
import io.inkwell.web.limits.ApiRequestLimit;
import io.inkwell.web.site.SiteHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The Content API's own security filter chain, {@code /api/**}: stateless (no session is read or made, no
 * remembered login looked up), no CSRF (nothing here writes, and no cookie authenticates), no login page and no
 * redirect. Every route needs a live key except the OpenAPI description, which says only what the API is. A
 * request refused here is answered with a problem ({@link ApiProblems}); the site's security headers are written as
 * on every response.
 *
 * <p>Like the media library's stateless chain ({@code /media/**}, {@code HIGHEST_PRECEDENCE}), it comes before the
 * site's own chain, which matches every request and would otherwise answer {@code /api/**} with sessions, a login
 * page and CSRF; it is ordered right after the media one, whose paths it never shares.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** The OpenAPI description, as JSON and (springdoc's second route) as YAML. */
    static final String[] OPENAPI = {"/api/v1/openapi.json", "/api/v1/openapi.json.yaml"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, ApiRequestLimit limit) throws Exception {
        ApiProblems problems = new ApiProblems();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, OPENAPI).permitAll()
                        .requestMatchers(HttpMethod.HEAD, OPENAPI).permitAll()
                        .anyRequest().hasAuthority(ApiKeyAuthentication.AUTHORITY))
                .addFilterBefore(new ApiKeyFilter(keys, limit), AnonymousAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(login -> login.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler((request, response, denied) -> problems.commence(request, response, null)))
                .headers(SiteHeaders::configure);
        return http.build();
    }
}
