package io.inkwell.posts;

import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The posts context over the test database, with the real settings context it reads the site's language from
 * (tests that change the language write the settings row and call {@code SiteSettings.reload()}).
 */
@SpringBootApplication(scanBasePackages = {"io.inkwell.posts", "io.inkwell.settings"})
@MapperScan(basePackages = {"io.inkwell.posts", "io.inkwell.settings"}, annotationClass = Mapper.class)
public class PostsTestApplication {

    /** What the web layer reserves, as far as the posts module's tests need it: a few of the site's route names. */
    static final Set<String> RESERVED_PATHS = Set.of("admin", "search", "login", "posts");

    @Bean
    ReservedPaths reservedPaths() {
        return RESERVED_PATHS::contains;
    }
}
