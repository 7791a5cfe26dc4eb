package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.integrations.test.IntegrationRows;
import io.inkwell.media.test.MediaRows;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, asked by every kind of visitor, answers as this table says. The routes
 * come from the real request mappings, so a new route without a row here fails the build until someone
 * decides who may use it. Each request gets fresh rows (the visitor's own post and comment where the route
 * names one) and its own client address, so no answer depends on an earlier one or on a rate limit.
 *
 * <p>Answers: {@code PAGE} the route did its work or showed its form (2xx, a redirect elsewhere than the
 * login, or a 400 for the deliberately empty form); {@code LOGIN} a redirect to the login page;
 * {@code DENIED} the 403 page; {@code ENDED} the session was ended and the browser sent to the login
 * page; {@code MISSING} a 404; {@code UNAUTHORIZED} the Content API's 401 (no key, or no valid one).
 *
 * <p>A row may end with a {@code key:} cell: the answer to a request carrying a live Content API key and no
 * session. API routes have one (what a key opens), and so do the pages that manage keys (a key is no login).
 */
@WebTest
class RouteAccessMatrixTest {

    enum Visitor { ANONYMOUS, GUEST, AUTHOR, ADMIN, SUSPENDED, CONTRIBUTOR, EDITOR, API_KEY }

    enum Answer { PAGE, LOGIN, DENIED, ENDED, MISSING, UNAUTHORIZED }

    /** {@link Visitor#API_KEY} has no column: its answer is an optional {@code key:} cell at the end of a row. */
    private static final String KEY_CELL = "key:";

    /**
     * Columns: anonymous, a guest (who wrote a post while still an author, and a comment), an author (their
     * own post and comment), an admin (another author's post, their own comment), and the old session of an
     * account suspended since it signed in.
     */
    private static final String MATRIX = """
            GET  /                                        PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}                            PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /categories                              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /categories/{slug}                       PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /tags                                    PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /tags/{slug}                             PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /tags/{slug}/feed.xml                    PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /authors/{id}                            PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /search                                  PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /trending                                PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /feed.xml                                PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /sitemap.xml                             PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /categories/{slug}/feed.xml              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /authors/{id}/feed.xml                   PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /sitemaps/{name:[a-z]+}-{number:[1-9][0-9]{0,5}}.xml PAGE PAGE PAGE PAGE ENDED
            GET  /robots.txt                              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /actuator/health                         PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /error                                   MISSING MISSING MISSING MISSING ENDED
            GET  /login                                   PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /register                                PAGE    PAGE    PAGE    PAGE    ENDED
            POST /register                                PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /login/code                              LOGIN   LOGIN   LOGIN   LOGIN   ENDED
            POST /login/code                              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /password-reset                          PAGE    PAGE    PAGE    PAGE    ENDED
            POST /password-reset                          PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /password-reset/{token}                  PAGE    PAGE    PAGE    PAGE    ENDED
            POST /password-reset/{token}                  PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /email-confirmation/{token}              PAGE    PAGE    PAGE    PAGE    ENDED
            POST /email-confirmation/{token}              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /invitations/{token}                     PAGE    PAGE    PAGE    PAGE    ENDED
            POST /invitations/{token}                     PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /unsubscribe/{token}/{kind}              PAGE    PAGE    PAGE    PAGE    ENDED
            POST /unsubscribe/{token}/{kind}              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /account                                 LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/profile                         LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/password                        LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/email                           LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/verification                    LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/notifications                   LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /account/security                        LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/security/two-factor             LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/security/two-factor/confirm     LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/security/two-factor/disable     LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/security/sessions/{id}/end      LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /account/security/sessions/end-others    LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /me/posts                                LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/new                               LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/new                               LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/{id}/edit                         LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/edit                         LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/publish                      LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/archive                      LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/draft                        LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/{id}/delete                       LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/delete                       LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{slug}/comments                   LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/{id}              PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/{id}/edit         LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /posts/{slug}/comments/{id}/edit         LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/{id}/delete       LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /posts/{slug}/comments/{id}/delete       LOGIN   PAGE    PAGE    PAGE    ENDED
            GET  /posts/{slug}/comments/new               LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /posts/{slug}/comments/{id}/report       LOGIN   PAGE    PAGE    PAGE    ENDED
            POST /posts/{slug}/comments/{id}/lock         LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /posts/{slug}/comments/{id}/unlock       LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /posts/{id}/discussion                   LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /admin                                   LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/posts                             LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/posts/{id}/status                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/categories                        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/categories                        LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/categories/{id}/edit              LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/categories/{id}/edit              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/categories/{id}/delete            LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/categories/{id}/delete            LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/tags                              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/tags/{id}/edit                    LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/tags/{id}/edit                    LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/tags/{id}/merge                   LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/tags/{id}/delete                  LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/tags/{id}/delete                  LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/comments                          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/comments/{id}/{action:approve|spam|delete|hide|show|ban} LOGIN DENIED DENIED PAGE ENDED
            POST /admin/comments/bulk                     LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/settings/comments                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings/comments                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/users                             LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/users/{id}/access                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/users/{id}/access                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/users/invitations                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/users/invitations                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/users/invitations/{id}/revoke     LOGIN   DENIED  DENIED  MISSING ENDED
            POST /admin/users/invitations/imported        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/users/{id}/invitation             LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/mail                              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/mail/{id}                         LOGIN   DENIED  DENIED  MISSING ENDED
            POST /admin/mail/{id}/retry                   LOGIN   DENIED  DENIED  MISSING ENDED
            GET  /admin/pages                             LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/new                         LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/new                         LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/{id}/edit                   LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/edit                   LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/publish                LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/draft                  LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/{id}/delete                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/pages/{id}/delete                 LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /{slug:[a-z0-9]+(?:-[a-z0-9]+)*}         PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /admin/settings                          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings                          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings/logo                     LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/settings/icon                     LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/navigation                        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/header                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/footer                 LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/items/{id}/up          LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/items/{id}/down        LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/navigation/items/{id}/remove      LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /posts/{id}/revisions                    LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/{id}/revisions/compare            LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/autosave                     LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/autosave/discard             LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /posts/{id}/send-back                    LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /posts/{id}/send-back                    LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /posts/{id}/preview-link                 LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /posts/{id}/preview-link/revoke          LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /preview/{token}                         PAGE    PAGE    PAGE    PAGE    ENDED
            GET  /admin/pages/{id}/revisions              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/pages/{id}/revisions/compare      LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/media                             LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /admin/media                             LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /admin/media/{id}                        LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /admin/media/{id}/delete                 LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /admin/media/{id}/delete                 LOGIN   DENIED  PAGE    PAGE    ENDED
            POST /account/avatar                          LOGIN   DENIED  PAGE    PAGE    ENDED
            GET  /media/{hash}/{variant}/{name}           MISSING MISSING MISSING MISSING MISSING
            GET  /admin/api-keys                          LOGIN   DENIED  DENIED  PAGE    ENDED   key:LOGIN
            POST /admin/api-keys                          LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/api-keys/{id}/revoke              LOGIN   DENIED  DENIED  PAGE    ENDED   key:LOGIN
            POST /admin/api-keys/{id}/revoke              LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/webhooks                          LOGIN   DENIED  DENIED  PAGE    ENDED   key:LOGIN
            POST /admin/webhooks                          LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/webhooks/{id}                     LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/webhooks/{id}                     LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/webhooks/{id}/delete              LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/webhooks/{id}/delete              LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/webhooks/{id}/deliveries/{deliveryId}/redeliver LOGIN DENIED DENIED PAGE ENDED
            GET  /api/v1/posts                            UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/posts/{slug}                     UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/pages/{slug}                     UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/categories                       UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/tags                             UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/authors/{id}                     UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/search                           UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED UNAUTHORIZED key:PAGE
            GET  /api/v1/openapi.json                     PAGE    PAGE    PAGE    PAGE    PAGE    key:PAGE
            GET  /api/v1/openapi.json.yaml                PAGE    PAGE    PAGE    PAGE    PAGE    key:PAGE
            GET  /admin/import                            LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/import                            LOGIN   DENIED  DENIED  PAGE    ENDED
            GET  /admin/export                            LOGIN   DENIED  DENIED  PAGE    ENDED
            POST /admin/export                            LOGIN   DENIED  DENIED  PAGE    ENDED
            """;

    /**
     * The editorial roles, for every route of {@link #MATRIX}: a contributor (their own draft and comment) and an
     * editor (another author's published post, their own comment). Kept as a table of its own so the columns above
     * stay as they were; a route missing here fails {@link #everyMappedRouteIsInTheMatrix()} like one missing above.
     */
    private static final String EDITORIAL_MATRIX = """
            GET  /                                        PAGE    PAGE
            GET  /account                                 PAGE    PAGE
            POST /account/avatar                          PAGE    PAGE
            POST /account/email                           PAGE    PAGE
            POST /account/notifications                   PAGE    PAGE
            POST /account/password                        PAGE    PAGE
            POST /account/profile                         PAGE    PAGE
            GET  /account/security                        PAGE    PAGE
            POST /account/security/sessions/end-others    PAGE    PAGE
            POST /account/security/sessions/{id}/end      PAGE    PAGE
            POST /account/security/two-factor             PAGE    PAGE
            POST /account/security/two-factor/confirm     PAGE    PAGE
            POST /account/security/two-factor/disable     PAGE    PAGE
            POST /account/verification                    PAGE    PAGE
            GET  /actuator/health                         PAGE    PAGE
            GET  /admin                                   DENIED  DENIED
            GET  /admin/api-keys                          DENIED  DENIED
            POST /admin/api-keys                          DENIED  DENIED
            GET  /admin/api-keys/{id}/revoke              DENIED  DENIED
            POST /admin/api-keys/{id}/revoke              DENIED  DENIED
            GET  /admin/categories                        DENIED  PAGE
            POST /admin/categories                        DENIED  PAGE
            GET  /admin/categories/{id}/delete            DENIED  PAGE
            POST /admin/categories/{id}/delete            DENIED  PAGE
            GET  /admin/categories/{id}/edit              DENIED  PAGE
            POST /admin/categories/{id}/edit              DENIED  PAGE
            GET  /admin/comments                          DENIED  PAGE
            POST /admin/comments/bulk                     DENIED  PAGE
            POST /admin/comments/{id}/{action:approve|spam|delete|hide|show|ban} DENIED  PAGE
            GET  /admin/export                            DENIED  DENIED
            POST /admin/export                            DENIED  DENIED
            GET  /admin/import                            DENIED  DENIED
            POST /admin/import                            DENIED  DENIED
            GET  /admin/mail                              DENIED  DENIED
            GET  /admin/mail/{id}                         DENIED  DENIED
            POST /admin/mail/{id}/retry                   DENIED  DENIED
            GET  /admin/media                             PAGE    PAGE
            POST /admin/media                             PAGE    PAGE
            GET  /admin/media/{id}                        DENIED  DENIED
            GET  /admin/media/{id}/delete                 DENIED  DENIED
            POST /admin/media/{id}/delete                 DENIED  DENIED
            GET  /admin/navigation                        DENIED  DENIED
            POST /admin/navigation/footer                 DENIED  DENIED
            POST /admin/navigation/header                 DENIED  DENIED
            POST /admin/navigation/items/{id}/down        DENIED  DENIED
            POST /admin/navigation/items/{id}/remove      DENIED  DENIED
            POST /admin/navigation/items/{id}/up          DENIED  DENIED
            GET  /admin/pages                             DENIED  DENIED
            GET  /admin/pages/new                         DENIED  DENIED
            POST /admin/pages/new                         DENIED  DENIED
            GET  /admin/pages/{id}/delete                 DENIED  DENIED
            POST /admin/pages/{id}/delete                 DENIED  DENIED
            POST /admin/pages/{id}/draft                  DENIED  DENIED
            GET  /admin/pages/{id}/edit                   DENIED  DENIED
            POST /admin/pages/{id}/edit                   DENIED  DENIED
            POST /admin/pages/{id}/publish                DENIED  DENIED
            GET  /admin/pages/{id}/revisions              DENIED  DENIED
            GET  /admin/pages/{id}/revisions/compare      DENIED  DENIED
            GET  /admin/posts                             DENIED  PAGE
            POST /admin/posts/{id}/status                 DENIED  PAGE
            GET  /admin/settings                          DENIED  DENIED
            POST /admin/settings                          DENIED  DENIED
            GET  /admin/settings/comments                 DENIED  DENIED
            POST /admin/settings/comments                 DENIED  DENIED
            POST /admin/settings/icon                     DENIED  DENIED
            POST /admin/settings/logo                     DENIED  DENIED
            GET  /admin/tags                              DENIED  PAGE
            GET  /admin/tags/{id}/delete                  DENIED  PAGE
            POST /admin/tags/{id}/delete                  DENIED  PAGE
            GET  /admin/tags/{id}/edit                    DENIED  PAGE
            POST /admin/tags/{id}/edit                    DENIED  PAGE
            POST /admin/tags/{id}/merge                   DENIED  PAGE
            GET  /admin/users                             DENIED  DENIED
            GET  /admin/users/invitations                 DENIED  DENIED
            POST /admin/users/invitations                 DENIED  DENIED
            POST /admin/users/invitations/{id}/revoke     DENIED  DENIED
            POST /admin/users/invitations/imported        DENIED  DENIED
            POST /admin/users/{id}/invitation             DENIED  DENIED
            GET  /admin/users/{id}/access                 DENIED  DENIED
            POST /admin/users/{id}/access                 DENIED  DENIED
            GET  /admin/webhooks                          DENIED  DENIED
            POST /admin/webhooks                          DENIED  DENIED
            GET  /admin/webhooks/{id}                     DENIED  DENIED
            POST /admin/webhooks/{id}                     DENIED  DENIED
            GET  /admin/webhooks/{id}/delete              DENIED  DENIED
            POST /admin/webhooks/{id}/delete              DENIED  DENIED
            POST /admin/webhooks/{id}/deliveries/{deliveryId}/redeliver DENIED  DENIED
            GET  /api/v1/authors/{id}                     UNAUTHORIZED UNAUTHORIZED
            GET  /api/v1/categories                       UNAUTHORIZED UNAUTHORIZED
            GET  /api/v1/openapi.json                     PAGE    PAGE
            GET  /api/v1/openapi.json.yaml                PAGE    PAGE
            GET  /api/v1/pages/{slug}                     UNAUTHORIZED UNAUTHORIZED
            GET  /api/v1/posts                            UNAUTHORIZED UNAUTHORIZED
            GET  /api/v1/posts/{slug}                     UNAUTHORIZED UNAUTHORIZED
            GET  /api/v1/search                           UNAUTHORIZED UNAUTHORIZED
            GET  /api/v1/tags                             UNAUTHORIZED UNAUTHORIZED
            GET  /authors/{id}                            PAGE    PAGE
            GET  /authors/{id}/feed.xml                   PAGE    PAGE
            GET  /categories                              PAGE    PAGE
            GET  /categories/{slug}                       PAGE    PAGE
            GET  /categories/{slug}/feed.xml              PAGE    PAGE
            GET  /email-confirmation/{token}              PAGE    PAGE
            POST /email-confirmation/{token}              PAGE    PAGE
            GET  /error                                   MISSING MISSING
            GET  /feed.xml                                PAGE    PAGE
            GET  /invitations/{token}                     PAGE    PAGE
            POST /invitations/{token}                     PAGE    PAGE
            GET  /login                                   PAGE    PAGE
            GET  /login/code                              LOGIN   LOGIN
            POST /login/code                              PAGE    PAGE
            GET  /me/posts                                PAGE    PAGE
            GET  /media/{hash}/{variant}/{name}           MISSING MISSING
            GET  /password-reset                          PAGE    PAGE
            POST /password-reset                          PAGE    PAGE
            GET  /password-reset/{token}                  PAGE    PAGE
            POST /password-reset/{token}                  PAGE    PAGE
            GET  /posts/new                               PAGE    PAGE
            POST /posts/new                               PAGE    PAGE
            POST /posts/{id}/archive                      DENIED  PAGE
            POST /posts/{id}/autosave                     PAGE    PAGE
            POST /posts/{id}/autosave/discard             PAGE    PAGE
            GET  /posts/{id}/delete                       DENIED  PAGE
            POST /posts/{id}/delete                       DENIED  PAGE
            POST /posts/{id}/discussion                   DENIED  PAGE
            POST /posts/{id}/draft                        DENIED  PAGE
            GET  /posts/{id}/edit                         PAGE    PAGE
            POST /posts/{id}/edit                         PAGE    PAGE
            POST /posts/{id}/preview-link                 PAGE    PAGE
            POST /posts/{id}/preview-link/revoke          PAGE    PAGE
            POST /posts/{id}/publish                      DENIED  PAGE
            GET  /posts/{id}/revisions                    PAGE    PAGE
            GET  /posts/{id}/revisions/compare            PAGE    PAGE
            GET  /posts/{id}/send-back                    DENIED  PAGE
            POST /posts/{id}/send-back                    DENIED  PAGE
            GET  /posts/{slug}                            PAGE    PAGE
            POST /posts/{slug}/comments                   PAGE    PAGE
            GET  /posts/{slug}/comments/new               PAGE    PAGE
            GET  /posts/{slug}/comments/{id}              PAGE    PAGE
            GET  /posts/{slug}/comments/{id}/delete       PAGE    PAGE
            POST /posts/{slug}/comments/{id}/delete       PAGE    PAGE
            GET  /posts/{slug}/comments/{id}/edit         PAGE    PAGE
            POST /posts/{slug}/comments/{id}/edit         PAGE    PAGE
            POST /posts/{slug}/comments/{id}/lock         DENIED  PAGE
            POST /posts/{slug}/comments/{id}/report       PAGE    PAGE
            POST /posts/{slug}/comments/{id}/unlock       DENIED  PAGE
            GET  /preview/{token}                         PAGE    PAGE
            GET  /register                                PAGE    PAGE
            POST /register                                PAGE    PAGE
            GET  /robots.txt                              PAGE    PAGE
            GET  /search                                  PAGE    PAGE
            GET  /sitemap.xml                             PAGE    PAGE
            GET  /sitemaps/{name:[a-z]+}-{number:[1-9][0-9]{0,5}}.xml PAGE PAGE
            GET  /tags                                    PAGE    PAGE
            GET  /tags/{slug}                             PAGE    PAGE
            GET  /tags/{slug}/feed.xml                    PAGE    PAGE
            GET  /trending                                PAGE    PAGE
            GET  /unsubscribe/{token}/{kind}              PAGE    PAGE
            POST /unsubscribe/{token}/{kind}              PAGE    PAGE
            GET  /{slug:[a-z0-9]+(?:-[a-z0-9]+)*}         PAGE    PAGE
            """;

    /** Form fields a POST route reads, so an allowed visitor's request does its work rather than fail binding. */
    private static final Map<String, String[]> FORM_FIELDS = Map.ofEntries(
            Map.entry("POST /register", new String[] {"email", "new-{n}@example.com", "name", "New", "password", "a long password"}),
            Map.entry("POST /account/profile", new String[] {"name", "Renamed"}),
            Map.entry("POST /account/password", new String[] {"currentPassword", "wrong password", "newPassword", "another long one"}),
            Map.entry("POST /account/email", new String[] {"newEmail", "moved-{n}@example.com", "currentPassword", "wrong password"}),
            Map.entry("POST /account/notifications", new String[] {"replies", "on"}),
            Map.entry("POST /login/code", new String[] {"code", "123456"}),
            Map.entry("POST /password-reset", new String[] {"email", "forgot-{n}@example.com"}),
            Map.entry("POST /password-reset/{token}", new String[] {"newPassword", "a new long password"}),
            Map.entry("POST /invitations/{token}", new String[] {"name", "Invited {n}", "password", "a long password"}),
            Map.entry("POST /account/security/two-factor/confirm", new String[] {"code", "123456"}),
            Map.entry("POST /account/security/two-factor/disable", new String[] {"password", "wrong", "code", "123456"}),
            Map.entry("POST /admin/users/invitations", new String[] {"email", "invited-{n}@example.com", "role", "USER"}),
            Map.entry("POST /posts/new", new String[] {"title", "Matrix post {n}", "content", "Text", "action", "draft"}),
            Map.entry("POST /posts/{slug}/comments", new String[] {"content", "A comment"}),
            Map.entry("POST /posts/{slug}/comments/{id}/edit", new String[] {"content", "An edited comment"}),
            Map.entry("POST /posts/{id}/discussion", new String[] {"open", "false"}),
            Map.entry("POST /admin/comments/bulk", new String[] {"action", "APPROVE"}),
            Map.entry("POST /admin/settings/comments", new String[] {"approval", "OPEN", "guestComments", "false", "maxLinks", "2",
                "reportThreshold", "3", "version", "0"}),
            Map.entry("POST /admin/posts/{id}/status", new String[] {"status", "draft"}),
            Map.entry("POST /admin/categories", new String[] {"name", "Category {n}"}),
            Map.entry("POST /admin/categories/{id}/edit", new String[] {"name", "Renamed {n}"}),
            Map.entry("POST /admin/tags/{id}/edit", new String[] {"name", "Renamed tag {n}"}),
            Map.entry("POST /admin/tags/{id}/merge", new String[] {"into", "Other tag {n}"}),
            Map.entry("POST /admin/users/{id}/access", new String[] {"role", "USER", "status", "ACTIVE"}),
            Map.entry("POST /admin/pages/new", new String[] {"title", "Matrix page {n}", "content", "Text", "action", "draft"}),
            Map.entry("POST /admin/pages/{id}/edit", new String[] {"title", "Renamed page {n}", "content", "Text", "version", "0"}),
            Map.entry("POST /admin/settings", new String[] {"title", "Matrix {n}", "language", "en", "timeZone", "UTC", "postsPerPage", "10",
                "registrationOpen", "true"}),
            Map.entry("POST /admin/navigation/header", new String[] {"label", "Item {n}", "target", "home"}),
            Map.entry("POST /admin/navigation/footer", new String[] {"label", "Link {n}", "target", "url", "url", "/link-{n}"}),
            Map.entry("POST /admin/api-keys", new String[] {"name", "Key {n}", "allowedOrigins", ""}),
            Map.entry("POST /admin/webhooks", new String[] {"url", "https://hooks-{n}.example.invalid/x", "events", "POST_PUBLISHED"}),
            Map.entry("POST /admin/webhooks/{id}", new String[] {"url", "https://hooks-{n}.example.invalid/y", "events", "POST_DELETED"}),
            Map.entry("GET /posts/{id}/revisions/compare", new String[] {"from", "1", "to", "2"}),
            Map.entry("GET /admin/pages/{id}/revisions/compare", new String[] {"from", "1", "to", "2"}),
            Map.entry("POST /posts/{id}/autosave", new String[] {"version", "0", "title", "Typed {n}", "content", "Typed text"}),
            Map.entry("POST /posts/{id}/send-back", new String[] {"note", "Please add sources."}));

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedRouteIsInTheMatrix() {
        Set<String> mapped = mappedRoutes();
        Set<String> listed = expectations().keySet();

        assertThat(new TreeSet<>(mapped)).as("routes mapped but missing from the matrix: decide who may use them")
                .isSubsetOf(listed);
        assertThat(new TreeSet<>(listed)).as("routes in the matrix that nothing maps any more").isSubsetOf(mapped);
        assertThat(new TreeSet<>(table(EDITORIAL_MATRIX, EDITORIAL).keySet())).as("routes of the editorial roles' table")
                .isEqualTo(new TreeSet<>(table(MATRIX, FIRST_COLUMNS).keySet()));
    }

    /** What a Content API key opens is decided for every API route, not left out. */
    @Test
    void everyApiRouteSaysWhatAKeyOpens() {
        assertThat(expectations().entrySet()).filteredOn(route -> route.getKey().contains(" /api/"))
                .isNotEmpty()
                .allSatisfy(route -> assertThat(route.getValue()).as(route.getKey()).containsKey(Visitor.API_KEY));
    }

    @Test
    void everyVisitorGetsTheAnswerTheMatrixGives() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<Visitor, Answer>> route : expectations().entrySet()) {
            for (Map.Entry<Visitor, Answer> expected : route.getValue().entrySet()) {
                Answer actual = ask(route.getKey(), expected.getKey());
                if (actual != expected.getValue()) {
                    wrong.add(route.getKey() + " as " + expected.getKey() + ": " + actual + ", expected " + expected.getValue());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every (method, pattern) the application's controllers map; a mapping without a method counts as GET. */
    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        }
        return routes;
    }

    private static final List<Visitor> FIRST_COLUMNS = List.of(Visitor.ANONYMOUS, Visitor.GUEST, Visitor.AUTHOR, Visitor.ADMIN,
            Visitor.SUSPENDED);
    private static final List<Visitor> EDITORIAL = List.of(Visitor.CONTRIBUTOR, Visitor.EDITOR);

    /** Both tables as one: every route with the answer of every visitor. */
    private static Map<String, Map<Visitor, Answer>> expectations() {
        Map<String, Map<Visitor, Answer>> all = table(MATRIX, FIRST_COLUMNS);
        table(EDITORIAL_MATRIX, EDITORIAL).forEach((route, answers) ->
                all.computeIfAbsent(route, missing -> new EnumMap<>(Visitor.class)).putAll(answers));
        return all;
    }

    private static Map<String, Map<Visitor, Answer>> table(String text, List<Visitor> columns) {
        Map<String, Map<Visitor, Answer>> table = new LinkedHashMap<>();
        for (String line : text.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            Map<Visitor, Answer> answers = new EnumMap<>(Visitor.class);
            for (int i = 0; i < columns.size(); i++) {
                answers.put(columns.get(i), Answer.valueOf(cells[2 + i]));
            }
            String last = cells[cells.length - 1];
            if (last.startsWith(KEY_CELL)) {
                answers.put(Visitor.API_KEY, Answer.valueOf(last.substring(KEY_CELL.length())));
            }
            table.put(cells[0] + " " + cells[1], answers);
        }
        return table;
    }

    private Answer ask(String route, Visitor visitor) throws Exception {
        int n = REQUESTS.incrementAndGet();
        World world = World.of(jdbc, n);
        String method = route.substring(0, route.indexOf(' '));
        String pattern = route.substring(route.indexOf(' ') + 1);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), world.path(pattern, visitor))
                .with(from("10.77." + (n / 250) + "." + (n % 250 + 1)));
        if (method.equals("POST")) {
            request.with(csrf());
        }
        String[] fields = FORM_FIELDS.getOrDefault(route, new String[0]);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1].replace("{n}", String.valueOf(n)));
        }
        if (visitor == Visitor.API_KEY) {
            request.header("Authorization", "Bearer " + world.apiKey());
        } else if (visitor != Visitor.ANONYMOUS) {
            request.with(user(world.principal(visitor)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        return answerOf(route, visitor, result);
    }

    private static Answer answerOf(String route, Visitor visitor, MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = String.valueOf(result.getResponse().getRedirectedUrl());
        if (status >= 500 || status == 429) {
            throw new AssertionError(route + " as " + visitor + " answered " + status);
        }
        if (status == 401) {
            return Answer.UNAUTHORIZED;
        }
        if (status == 403) {
            return Answer.DENIED;
        }
        if (status == 404) {
            return Answer.MISSING;
        }
        if (status / 100 == 3 && location.contains(SessionAccessFilter.ENDED_URL)) {
            return Answer.ENDED;
        }
        if (status / 100 == 3 && location.matches("(https?://[^/]+)?/login")) {
            return Answer.LOGIN;
        }
        return Answer.PAGE;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * The rows one request needs: a visitor of each kind, each with a post and a comment of their own, and
     * another author's published post with a category, two tags and a comment.
     */
    private record World(Map<Visitor, SignedInUser> people, Map<Visitor, UUID> posts, Map<Visitor, UUID> comments,
                         UUID otherAuthor, UUID publishedPost, String publishedSlug, UUID category, String categorySlug,
                         UUID tag, String tagSlug, UUID otherComment, UUID page, String pageSlug, UUID menuItem,
                         String previewToken, UUID authorsImage, String apiKey, UUID apiKeyId, UUID webhook, UUID delivery) {

        static World of(JdbcTemplate jdbc, int n) {
            Map<Visitor, SignedInUser> people = new EnumMap<>(Visitor.class);
            people.put(Visitor.GUEST, person(jdbc, n, "guest", Role.GUEST, "active"));
            people.put(Visitor.AUTHOR, person(jdbc, n, "author", Role.USER, "active"));
            people.put(Visitor.ADMIN, person(jdbc, n, "admin", Role.ADMIN, "active"));
            // Its session began while it was active; the account was suspended since.
            people.put(Visitor.SUSPENDED, person(jdbc, n, "suspended", Role.USER, "suspended"));
            people.put(Visitor.CONTRIBUTOR, person(jdbc, n, "contributor", Role.CONTRIBUTOR, "active"));
            people.put(Visitor.EDITOR, person(jdbc, n, "editor", Role.EDITOR, "active"));
            UUID other = UserRows.withEmail(jdbc, "Other " + n, "other-" + n + "@example.com", Role.USER);
            String slug = "published-" + n;
            UUID published = WebTestData.publishedPost(jdbc, other, "Published " + n, slug, Instant.now());
            UUID category = PostRows.category(jdbc, "Topic " + n, "topic-" + n);
            PostRows.link(jdbc, published, category);
            UUID tag = PostRows.tag(jdbc, "Tag " + n, "tag-" + n);
            PostRows.tagLink(jdbc, published, tag);
            PostRows.tagLink(jdbc, published, PostRows.tag(jdbc, "Other tag " + n, "other-tag-" + n));
            UUID otherComment = CommentRows.comment(jdbc, published, other, null, "A comment");

            Map<Visitor, UUID> posts = new EnumMap<>(Visitor.class);
            Map<Visitor, UUID> comments = new EnumMap<>(Visitor.class);
            posts.put(Visitor.ANONYMOUS, published);
            posts.put(Visitor.ADMIN, published);
            posts.put(Visitor.EDITOR, published);
            comments.put(Visitor.ANONYMOUS, otherComment);
            for (Visitor visitor : List.of(Visitor.GUEST, Visitor.AUTHOR, Visitor.SUSPENDED, Visitor.CONTRIBUTOR)) {
                UUID owner = people.get(visitor).id();
                posts.put(visitor, PostRows.draft(jdbc, owner, "Own " + visitor + " " + n,
                        "own-" + visitor.name().toLowerCase() + "-" + n));
            }
            for (Visitor visitor : List.of(Visitor.GUEST, Visitor.AUTHOR, Visitor.ADMIN, Visitor.SUSPENDED, Visitor.CONTRIBUTOR,
                    Visitor.EDITOR)) {
                comments.put(visitor, CommentRows.comment(jdbc, published, people.get(visitor).id(), null, "A comment"));
            }
            // Two saves of every post and of the page, so "Compare" has revisions 1 and 2 to show.
            for (UUID post : new java.util.HashSet<>(posts.values())) {
                PostRows.revision(jdbc, post, 1, "First " + n, "First text", other);
                PostRows.revision(jdbc, post, 2, "Second " + n, "Second text", other);
            }
            UUID image = MediaRows.item(jdbc, people.get(Visitor.AUTHOR).id(), "image-" + n + ".jpg");
            String pageSlug = "about-" + n;
            UUID page = PostRows.publishedPage(jdbc, "About " + n, pageSlug, "Text", Instant.now());
            UUID menuItem = SettingsRows.menuItem(jdbc, "footer", "Link " + n, "/link-" + n);
            PostRows.pageRevision(jdbc, page, 1, "About " + n, "First text", other);
            PostRows.pageRevision(jdbc, page, 2, "About " + n, "Second text", other);
            // The author's draft, shared: its link works for anyone.
            String previewToken = String.format("%043d", n).replace('0', 'A');
            PostRows.previewLink(jdbc, posts.get(Visitor.AUTHOR), previewToken, people.get(Visitor.AUTHOR).id());
            String apiKey = IntegrationRows.apiKey(jdbc, "Key " + n);
            UUID apiKeyId = jdbc.queryForObject("select id from api_keys where name = ?", UUID.class, "Key " + n);
            UUID webhook = IntegrationRows.webhook(jdbc, "https://hooks-" + n + ".example.invalid/", "whsec_matrix_secret_" + n,
                    "post.published");
            UUID delivery = IntegrationRows.delivery(jdbc, webhook, "post.published", "failed");
            return new World(people, posts, comments, other, published, slug, category, "topic-" + n, tag, "tag-" + n,
                    otherComment, page, pageSlug, menuItem, previewToken, image, apiKey, apiKeyId, webhook, delivery);
        }

        SignedInUser principal(Visitor visitor) {
            return people.get(visitor);
        }

        /** The pattern with its variables filled in for this visitor: their own post or comment where there is one. */
        String path(String pattern, Visitor visitor) {
            if (pattern.startsWith("/api/")) {
                return pattern.replace("{slug}", pattern.startsWith("/api/v1/pages/") ? pageSlug : publishedSlug)
                        .replace("{id}", otherAuthor.toString()) + (pattern.endsWith("/search") ? "?q=published" : "");
            }
            if (pattern.startsWith("/admin/api-keys/")) {
                return pattern.replace("{id}", apiKeyId.toString());
            }
            if (pattern.startsWith("/admin/webhooks/")) {
                return pattern.replace("{id}", webhook.toString()).replace("{deliveryId}", delivery.toString());
            }
            if (pattern.startsWith("/media/")) {
                return "/media/" + "0".repeat(64) + "/480/unknown.jpg";
            }
            if (pattern.startsWith("/admin/media/")) {
                return pattern.replace("{id}", authorsImage.toString());
            }
            if (pattern.startsWith("/unsubscribe/")) {
                return "/unsubscribe/" + "A".repeat(43) + "/replies";
            }
            if (pattern.contains("{token}") && !pattern.startsWith("/preview/")) {
                // Shaped like a link's token, but no link has it.
                return pattern.replace("{token}", "A".repeat(43));
            }
            if (pattern.startsWith("/admin/mail/") || pattern.startsWith("/account/security/sessions/")) {
                return pattern.replace("{id}", UUID.randomUUID().toString());
            }
            if (pattern.startsWith("/admin/navigation/items/")) {
                return pattern.replace("{id}", menuItem.toString());
            }
            if (pattern.startsWith("/preview/")) {
                return "/preview/" + previewToken;
            }
            if (pattern.startsWith("/admin/pages/")) {
                return pattern.replace("{id}", page.toString());
            }
            if (pattern.startsWith("/{slug")) {
                return "/" + pageSlug;
            }
            if (pattern.startsWith("/admin/categories/")) {
                return pattern.replace("{id}", category.toString());
            }
            if (pattern.startsWith("/admin/users/") || pattern.startsWith("/authors/")) {
                return pattern.replace("{id}", otherAuthor.toString());
            }
            if (pattern.startsWith("/admin/posts/")) {
                return pattern.replace("{id}", publishedPost.toString());
            }
            if (pattern.startsWith("/admin/comments/")) {
                return pattern.replace("{id}", otherComment.toString()).replaceAll("\\{action:[^}]*}", "approve");
            }
            if (pattern.startsWith("/admin/tags/")) {
                return pattern.replace("{id}", tag.toString());
            }
            if (pattern.startsWith("/tags/")) {
                return pattern.replace("{slug}", tagSlug);
            }
            if (pattern.startsWith("/categories/")) {
                return pattern.replace("{slug}", categorySlug);
            }
            if (pattern.startsWith("/posts/{slug}")) {
                return pattern.replace("{slug}", publishedSlug).replace("{id}", comments.get(visitor).toString());
            }
            if (pattern.startsWith("/sitemaps/")) {
                return "/sitemaps/posts-1.xml";
            }
            if (pattern.startsWith("/posts/{id}")) {
                return pattern.replace("{id}", posts.get(visitor).toString());
            }
            return pattern;
        }

        private static SignedInUser person(JdbcTemplate jdbc, int n, String kind, Role role, String status) {
            String email = kind + "-" + n + "@example.com";
            UUID id = UserRows.withEmail(jdbc, kind + " " + n, email, role);
            jdbc.update("update users set status = ? where id = ?", status, id);
            return TestAccounts.signedIn(id, email, kind + " " + n, role);
        }
    }
}
