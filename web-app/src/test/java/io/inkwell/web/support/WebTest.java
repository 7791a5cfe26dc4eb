package io.inkwell.web.support;

import io.inkwell.db.test.TruncateAfterEach;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;

/**
 * A web test: the whole application on the test database with {@code MockMvc} wired to it, and every
 * table emptied after each test, since web tests commit (the site's settings are then those of a new site). Tests with the same attributes share one Spring
 * context, so change them only for what a test is about:
 *
 * <pre>{@code
 * @WebTest
 * class PostControllerTest {
 *     @Autowired MockMvc mvc;
 *     @Autowired JdbcTemplate jdbc;
 * }
 *
 * @WebTest(properties = "inkwell.page-cache.ttl=1h")          // the page cache as production runs it
 * @WebTest(webEnvironment = WebEnvironment.RANDOM_PORT)     // a real server, for HTTP clients and browsers
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
// After each test: the tables are emptied, then the settings' copy is read again (after-callbacks run in reverse).
@ExtendWith({ForgetSiteSettingsAfterEach.class, TruncateAfterEach.class})
public @interface WebTest {

    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};

    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
