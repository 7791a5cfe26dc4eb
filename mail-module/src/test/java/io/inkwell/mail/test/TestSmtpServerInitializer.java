package io.inkwell.mail.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the SMTP settings of every Spring context in a test JVM at the {@link TestSmtpServer}, as an operator
 * would with {@code INKWELL_SMTP_*}. Added last, so a test that means "no SMTP configured" says
 * {@code spring.mail.host=} and wins. Registered in this test-jar's {@code META-INF/spring.factories}.
 */
public class TestSmtpServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("inkwellTestSmtpServer", Map.of(
                "INKWELL_SMTP_HOST", "127.0.0.1",
                "INKWELL_SMTP_PORT", String.valueOf(TestSmtpServer.port()),
                "INKWELL_SMTP_STARTTLS", "false")));
    }
}
