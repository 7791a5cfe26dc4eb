package io.inkwell.integrations;

import java.util.concurrent.Executor;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * The integrations context over the test database. The posts context is not here: integrations hears of posts only
 * through its events, which tests publish. No delivery schedule either (application.properties turns it off): tests
 * run the delivery worker themselves.
 */
@SpringBootApplication(scanBasePackages = "io.inkwell.integrations")
@MapperScan(basePackages = "io.inkwell.integrations", annotationClass = Mapper.class)
public class IntegrationsTestApplication {

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
