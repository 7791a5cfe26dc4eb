package io.inkwell.exchange;

import io.inkwell.posts.ReservedPaths;
import java.util.Set;
import java.util.concurrent.Executor;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * The exchange context over the test database with the real contexts it brings content into and out of: users,
 * posts, comments (which opens a published post's thread when it hears of it) and media, and the site's settings
 * (the language a post is written in unless an import names another).
 */
@SpringBootApplication(scanBasePackages = {"io.inkwell.exchange", "io.inkwell.users", "io.inkwell.posts",
    "io.inkwell.comments", "io.inkwell.media", "io.inkwell.settings"})
@MapperScan(basePackages = {"io.inkwell.exchange", "io.inkwell.users", "io.inkwell.posts", "io.inkwell.comments",
    "io.inkwell.media", "io.inkwell.settings"}, annotationClass = Mapper.class)
public class ExchangeTestApplication {

    /** What the web layer reserves, as far as these tests need it. */
    @Bean
    ReservedPaths reservedPaths() {
        return Set.of("admin", "posts", "search", "login")::contains;
    }

    /** As the application runs them (its SynchronousModuleListeners): listeners on the thread that committed. */
    @Bean
    AsyncConfigurer synchronousModuleListeners() {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return new SyncTaskExecutor();
            }
        };
    }
}
