package io.inkwell.web.security;

import io.inkwell.users.UserAccounts;
import io.inkwell.web.site.SiteHeaders;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The public reading routes: GET and HEAD only, so no write slips through a public path. The site port's
     * health is its status alone; every other operations endpoint is on the management port (io.inkwell.web.operations).
     */
    private static final String[] PUBLIC_PAGES = {
        "/", "/posts/*", "/posts/*/comments/*", "/categories", "/categories/*", "/authors/*", "/search", "/trending", "/feed.xml",
        "/sitemap.xml", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/actuator/health"
    };

    /** Writing posts is for users and admins; guests may only comment. */
    private static final String[] AUTHORING_PAGES = {"/posts/new", "/posts/*/edit", "/posts/*/preview", "/me/posts", "/me/posts/**"};

    /** "Remember me" lasts two weeks; its cookie is signed with this key and the account's password hash. */
    static final int REMEMBER_ME_SECONDS = 14 * 24 * 3600;

    /**
     * Without {@code INKWELL_REMEMBER_ME_KEY} a random key is made at start-up: remembered logins then end
     * at a restart, and several instances need the variable set to share them.
     */
    @Bean
    TokenBasedRememberMeServices rememberMeServices(UserDetailsService accounts,
            @Value("${inkwell.remember-me.key:}") String configuredKey) {
        String key = configuredKey.isBlank() ? randomKey() : configuredKey;
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(key, accounts);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds(REMEMBER_ME_SECONDS);
        return services;
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccounts accounts, TokenBasedRememberMeServices rememberMe)
            throws Exception {
        LogoutHandler endSession = new CompositeLogoutHandler(new SecurityContextLogoutHandler(), rememberMe);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(AUTHORING_PAGES).hasAnyRole("USER", "ADMIN")
                        .requestMatchers("/login", "/register").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(LoginController::rememberEmailAndRetry)
                        .permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SessionAccessFilter(accounts, endSession), AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(SiteHeaders::configure);
        return http.build();
    }
}
