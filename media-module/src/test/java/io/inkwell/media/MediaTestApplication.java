package io.inkwell.media;

import java.util.concurrent.Executor;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * The media context over the test database, with the users context whose accounts upload. The posts context is
 * not here: media hears of posts only through its events, which tests publish.
 */
@SpringBootApplication(scanBasePackages = {"io.inkwell.media", "io.inkwell.users"})
@MapperScan(basePackages = {"io.inkwell.media", "io.inkwell.users"}, annotationClass = Mapper.class)
public class MediaTestApplication {

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
