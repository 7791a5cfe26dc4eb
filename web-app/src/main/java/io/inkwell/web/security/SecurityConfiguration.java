package io.inkwell.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts or styles, no framing, forms post only to us; images may come from any http(s) host. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: http: data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Readable by anyone (PRODUCT.md, "Routes"): GET only, so no write slips through a public path. */
    private static final String[] PUBLIC_PAGES = {
        "/", "/posts/*", "/posts/*/comments/*", "/categories", "/categories/*", "/authors/*", "/search", "/trending", "/feed.xml",
        "/sitemap.xml", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**", "/actuator/prometheus"
    };

    /** Writing posts is for users and admins; guests may only comment. */
    private static final String[] AUTHORING_PAGES = {"/posts/new", "/posts/*/edit", "/posts/*/preview", "/me/posts", "/me/posts/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(AUTHORING_PAGES).hasAnyRole("USER", "ADMIN")
                        .requestMatchers("/login", "/register").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }
}
