package io.inkwell.web.cache;

import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.web.site.SiteRoutes;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache: {@code inkwell.page-cache.ttl} (0 turns it off), {@code .max-size} for pages
 * and {@code .search-max-size} for search results ({@code INKWELL_PAGE_CACHE_*}).
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    /** A post page with its first hundred comments is ~60 KB; a page far larger is not worth the memory. */
    private static final int MAX_PAGE_BYTES = 1024 * 1024;

    @Bean
    PageCache pageCache(@Value("${inkwell.page-cache.ttl:5s}") Duration timeToLive,
            @Value("${inkwell.page-cache.max-size:32MB}") DataSize maxSize) {
        return new PageCache(timeToLive, maxSize.toBytes(), MAX_PAGE_BYTES, Clock.systemUTC());
    }

    @Bean
    PageCache searchPageCache(@Value("${inkwell.page-cache.ttl:5s}") Duration timeToLive,
            @Value("${inkwell.page-cache.search-max-size:8MB}") DataSize maxSize) {
        return new PageCache(timeToLive, maxSize.toBytes(), MAX_PAGE_BYTES, Clock.systemUTC());
    }

    /** Right after Spring Security's filters, so it knows the reader and security headers are still written. */
    @Bean
    PageInvalidation pageInvalidation(@Qualifier("pageCache") PageCache pages,
            @Qualifier("searchPageCache") PageCache searches, ClusterChanges changes, ApplicationEventPublisher events) {
        return new PageInvalidation(pages, searches, changes, events);
    }

    @Bean
    FilterRegistrationBean<AnonymousPageCacheFilter> anonymousPageCacheFilter(@Qualifier("pageCache") PageCache pages,
            @Qualifier("searchPageCache") PageCache searches, SiteRoutes routes, PageInvalidation invalidation) {
        FilterRegistrationBean<AnonymousPageCacheFilter> registration =
                new FilterRegistrationBean<>(new AnonymousPageCacheFilter(pages, searches, routes, invalidation));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    PageCacheEndpoint pageCacheEndpoint(@Qualifier("pageCache") PageCache pages,
            @Qualifier("searchPageCache") PageCache searches) {
        return new PageCacheEndpoint(pages, searches);
    }

    /** Hit ratio, evictions and size of each, as {@code cache_*{cache="pages"|"searches"}}. */
    @Bean
    MeterBinder pageCacheMetrics(@Qualifier("pageCache") PageCache pages,
            @Qualifier("searchPageCache") PageCache searches) {
        return registry -> {
            pages.monitor(registry, "pages");
            searches.monitor(registry, "searches");
        };
    }
}
