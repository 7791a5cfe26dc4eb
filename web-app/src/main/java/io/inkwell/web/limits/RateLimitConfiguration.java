package io.inkwell.web.limits;

import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Rate limits per client address and per account ({@code inkwell.rate-limits.*}, see application.properties),
 * counted in PostgreSQL so that every instance shares them.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(DataSource dataSource) {
        return new RateLimiter(dataSource);
    }

    @Bean
    BucketCleaner rateLimitBucketCleaner(RateLimiter limiter) {
        return new BucketCleaner(limiter);
    }

    @Bean
    RateLimits rateLimits(RateLimiter limiter, ClientAddresses addresses, Environment settings) {
        return new RateLimits(limiter, addresses, settings);
    }

    @Bean
    TooManyRequestsPage tooManyRequestsPage(ThymeleafViewResolver views, SiteMessages messages) {
        return new TooManyRequestsPage(views, messages);
    }

    /** Before Spring Security, which answers {@code POST /login} itself. */
    @Bean
    LoginLimitFilter loginLimitFilter(RateLimits limits, TooManyRequestsPage refusal) {
        return new LoginLimitFilter(limits, refusal);
    }

    @Bean
    FilterRegistrationBean<LoginLimitFilter> loginLimitFilterRegistration(LoginLimitFilter filter) {
        FilterRegistrationBean<LoginLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** After Spring Security, so it knows the account, and after the page cache's filter. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, TooManyRequestsPage refusal) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, refusal));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
