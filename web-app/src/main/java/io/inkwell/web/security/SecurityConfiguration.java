package io.inkwell.web.security;

import io.inkwell.exchange.OldAddresses;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.RememberedLogins;
import io.inkwell.users.TwoFactorSettings;
import io.inkwell.users.UserSignIn;
import io.inkwell.web.limits.ClientAddresses;
import io.inkwell.web.exchange.ImportUploadGuard;
import io.inkwell.web.exchange.OldShortLinkFilter;
import io.inkwell.web.site.SiteHeaders;
import io.inkwell.web.site.SiteRoutes;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

@Configuration
class SecurityConfiguration {

    /**
     * The public reading routes: GET and HEAD only, so no write slips through a public path. The site port's
     * health is its status alone; every other operations endpoint is on the management port (io.inkwell.web.operations).
     */
    private static final String[] PUBLIC_PAGES = {
        "/", "/posts/*", "/posts/*/comments/*", "/categories", "/categories/*", "/tags", "/tags/*", "/authors/*", "/search",
        "/trending", "/feed.xml", "/categories/*/feed.xml", "/tags/*/feed.xml", "/authors/*/feed.xml", "/sitemap.xml",
        "/sitemaps/*", "/robots.txt", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/actuator/health",
        "/preview/*"
    };

    /** Writing posts is for contributors and every role above them; guests may only comment. */
    private static final String[] AUTHORING_PAGES = {"/posts/new", "/posts/*/edit", "/posts/*/preview", "/posts/*/revisions",
        "/posts/*/revisions/**", "/me/posts", "/me/posts/**"};

    /** The admin pages editors share with admins: everyone's posts, categories, tags and comments. */
    private static final String[] EDITORIAL_PAGES = {"/admin/posts", "/admin/posts/**", "/admin/categories",
        "/admin/categories/**", "/admin/tags", "/admin/tags/**", "/admin/comments", "/admin/comments/**"};

    /** "Remember me" lasts two weeks after its last use; remembered logins are kept in the database. */
    static final int REMEMBER_ME_SECONDS = HashedTokenRememberMeServices.VALIDITY_SECONDS;

    /** Remembered logins live in the database, so they survive restarts and work on every instance without a shared key. */
    @Bean
    HashedTokenRememberMeServices rememberMeServices(RememberedLogins remembered) {
        return new HashedTokenRememberMeServices(UUID.randomUUID().toString(), remembered);
    }

    /**
     * Sign-ins are observed (their counts and times are on the operations port), the filter chain and each
     * authorization decision of every request are not: Spring Security wraps each of its filters in an observation of
     * its own when requests are observed, 4-5% of the site's CPU on a rendered listing, and the request as a whole is
     * already timed by Spring MVC's own observation (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).shouldObserveAuthorizations(false).build();
    }

    /** Pages of links from mails and of signing in: anyone may open them, signed in or not. */
    private static final String[] ACCOUNT_LINK_PAGES = {
        "/login", "/login/code", "/register", "/password-reset", "/password-reset/*", "/email-confirmation/*", "/invitations/*",
        "/unsubscribe/*/*"
    };

    /**
     * The library's images are public and the same for everyone: no session is read or made, no remembered login
     * is looked up, so serving one (or answering 304) asks the database nothing it need not. Writes have no route here.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain mediaFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/media/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/media/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/media/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SiteHeaders::configure);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserSignIn signIn, HashedTokenRememberMeServices rememberMe,
            SiteRoutes routes, ClientAddresses addresses, SiteSettings site, TwoFactorSettings twoFactor, SignIn staffSignIn,
            OldAddresses oldAddresses) throws Exception {
        LogoutHandler endSession = new CompositeLogoutHandler(new SecurityContextLogoutHandler(), rememberMe);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EDITORIAL_PAGES).hasAnyRole("EDITOR", "ADMIN")
                        // Whoever moderates comments (the Actor says who), so the comments service decides.
                        .requestMatchers("/admin/comments", "/admin/comments/**").authenticated()
                        // The media library is every writer's: the service shows authors their own images only.
                        .requestMatchers("/admin/media", "/admin/media/**").hasAnyRole("CONTRIBUTOR", "USER", "EDITOR", "ADMIN")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(AUTHORING_PAGES).hasAnyRole("CONTRIBUTOR", "USER", "EDITOR", "ADMIN")
                        .requestMatchers(ACCOUNT_LINK_PAGES).permitAll()
                        // Readers without an account comment when the site's settings allow it: the service decides.
                        .requestMatchers(HttpMethod.POST, "/posts/*/comments").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES).permitAll()
                        .requestMatchers(staticPages(routes)).permitAll()
                        .requestMatchers(oldAddresses(routes)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(LoginController::rememberEmailAndRetry)
                        .permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SessionAccessFilter(signIn, endSession), AuthorizationFilter.class)
                .addFilterAfter(new SessionDetailsFilter(addresses), SessionAccessFilter.class)
                .addFilterAfter(new TwoFactorRequirementFilter(site, twoFactor, staffSignIn), SessionDetailsFilter.class)
                // A mail client's one-click unsubscribe (RFC 8058) is a POST without the site's cookies or form.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                        && UrlPathHelper.rawPathInstance.getPathWithinApplication(request).startsWith("/unsubscribe/")))
                .addFilterAfter(new OldShortLinkFilter(oldAddresses), AuthorizationFilter.class)
                .addFilterBefore(new ImportUploadGuard(), CsrfFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(SiteHeaders::configure);
        return http.build();
    }

    /**
     * GET and HEAD of a path outside the site's routes: an imported site's old address ("/2019/05/my-post/") answers
     * with a redirect to everyone, and any other such path with the 404 page rather than the login page.
     */
    private static RequestMatcher oldAddresses(SiteRoutes routes) {
        return request -> {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return false;
            }
            String path = UrlPathHelper.rawPathInstance.getPathWithinApplication(request);
            int end = path.indexOf('/', 1);
            String first = end < 0 ? path.substring(1) : path.substring(1, end);
            return !first.isEmpty() && !routes.isReserved(first);
        };
    }

    /**
     * GET and HEAD of a static page's address, /{slug}: one slug-shaped segment (as sent, so an encoded one is
     * not) that no route of the site uses. Every other single-segment path keeps the rule of its own route.
     */
    private static RequestMatcher staticPages(SiteRoutes routes) {
        return request -> ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && routes.isPagePath(UrlPathHelper.rawPathInstance.getPathWithinApplication(request));
    }
}
