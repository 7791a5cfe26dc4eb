package io.inkwell.comments;

import java.util.concurrent.Executor;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * The comments context over the test database, with the real users context it calls for author names and the
 * real settings context whose comment policy it applies. The posts context is not here: comments hear of posts only through its events, which tests publish.
 */
@SpringBootApplication(scanBasePackages = {"io.inkwell.comments", "io.inkwell.users", "io.inkwell.settings"})
@MapperScan(basePackages = {"io.inkwell.comments", "io.inkwell.users", "io.inkwell.settings"}, annotationClass = Mapper.class)
public class CommentsTestApplication {

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
