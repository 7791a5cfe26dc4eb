package io.inkwell;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Module event listeners ({@code @ApplicationModuleListener}) run synchronously after the publishing
 * transaction commits, on the thread that committed it, each in a transaction of its own. So when a command
 * returns, the other modules have reacted: the moment an author sees "Published.", the post takes comments.
 *
 * <p>{@code @ApplicationModuleListener} carries {@code @Async}, and Spring Modulith's event auto-configuration
 * switches {@code @Async} on whenever an application has not; the executor given here runs those calls on the
 * calling thread instead of a pool. A listener's failure is logged and leaves its event publication
 * incomplete, to be delivered again at the next start-up. Every other {@code @Async} method would run
 * synchronously too: the application has none, and background work uses its own executors (the view flush).
 */
@Configuration(proxyBeanMethods = false)
class SynchronousModuleListeners implements AsyncConfigurer {

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }
}
