package io.inkwell.posts;

import java.util.Set;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The posts context over the test database. */
@SpringBootApplication
public class PostsTestApplication {

    /** What the web layer reserves, as far as the posts module's tests need it: a few of the site's route names. */
    static final Set<String> RESERVED_PATHS = Set.of("admin", "search", "login", "posts");

    @Bean
    ReservedPaths reservedPaths() {
        return RESERVED_PATHS::contains;
    }
}
