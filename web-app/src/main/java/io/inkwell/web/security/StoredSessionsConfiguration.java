package io.inkwell.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link StoredSessions} between Spring Session and its JDBC repository. Spring Boot makes the repository and
 * backs off entirely when the application declares a session repository of its own, so the one it makes is
 * wrapped as it is made; everything that asks for a session repository gets the wrapper.
 */
@Configuration(proxyBeanMethods = false)
class StoredSessionsConfiguration {

    /** Just outside Spring Session's filter, so that its reads and saves of the session all fall inside. */
    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

    @Bean
    static BeanPostProcessor storedSessionsWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new StoredSessions<>(store) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> storedSessionsPerRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try (var memory = StoredSessions.duringRequest()) {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setOrder(ORDER);
        registration.setName("storedSessionsPerRequest");
        return registration;
    }
}
