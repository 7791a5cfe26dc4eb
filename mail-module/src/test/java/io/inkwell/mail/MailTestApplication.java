package io.inkwell.mail;

import java.util.UUID;
import java.util.concurrent.Executor;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/** The mail context over the test database, with the real contexts it reads from. */
@SpringBootApplication(scanBasePackages = {"io.inkwell.mail", "io.inkwell.users", "io.inkwell.settings", "io.inkwell.posts",
    "io.inkwell.comments"})
@MapperScan(basePackages = "io.inkwell", annotationClass = Mapper.class)
public class MailTestApplication {

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

    /** The web layer provides it; no page is written here. */
    @Bean
    io.inkwell.posts.ReservedPaths reservedPaths() {
        return segment -> false;
    }

    /** The web layer's links, as the tests expect them. */
    @Bean
    MailLinks mailLinks() {
        String base = "https://blog.example";
        return new MailLinks() {
            @Override
            public String home() {
                return base + "/";
            }

            @Override
            public String login() {
                return base + "/login";
            }

            @Override
            public String account() {
                return base + "/account";
            }

            @Override
            public String passwordReset(String token) {
                return base + "/password-reset/" + token;
            }

            @Override
            public String passwordResetRequest() {
                return base + "/password-reset";
            }

            @Override
            public String emailConfirmation(String token) {
                return base + "/email-confirmation/" + token;
            }

            @Override
            public String invitation(String token) {
                return base + "/invitations/" + token;
            }

            @Override
            public String comment(String postSlug, UUID commentId) {
                return base + "/posts/" + postSlug + "#comment-" + commentId;
            }

            @Override
            public String unsubscribe(String token, NotificationKind kind) {
                return base + "/unsubscribe/" + token + "/" + kind.slug();
            }

            @Override
            public String postReview(UUID postId) {
                return base + "/posts/" + postId + "/edit";
            }

            @Override
            public String heldComments() {
                return base + "/admin/comments";
            }
        };
    }
}
