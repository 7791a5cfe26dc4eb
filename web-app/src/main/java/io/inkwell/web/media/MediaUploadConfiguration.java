package io.inkwell.web.media;

import io.inkwell.exchange.WordPressImport;
import io.inkwell.media.MediaLibrary;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The container's limits for uploads, made from the one setting {@code inkwell.media.max-file-size}: it takes a
 * request up to the setting plus {@link #MARGIN} (a file a little over the limit still reaches the media
 * library, whose message the form shows), the filter answers larger ones with a page of its own, and the
 * container reads and drops up to {@link #SWALLOW_FACTOR} times the limit of a refused body, so that the
 * browser sees that page rather than a reset connection.
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadConfiguration {

    static final DataSize MARGIN = DataSize.ofMegabytes(1);
    static final int SWALLOW_FACTOR = 10;

    /**
     * Replaces Boot's own, which it leaves out when one is defined. The largest upload the site takes is a
     * WordPress export file ({@code inkwell.import.max-file-size}); every other route's limit is checked from the
     * request's length before its body is read (here for images, in io.inkwell.web.exchange for the rest).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(MediaLibrary library, WordPressImport imports) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        DataSize limit = DataSize.ofBytes(Math.max(library.maxFileSize().toBytes(), imports.maxFileSize().toBytes())
                + MARGIN.toBytes());
        factory.setMaxFileSize(limit);
        factory.setMaxRequestSize(limit);
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadSwallowSize(MediaLibrary library) {
        long swallow = library.maxFileSize().toBytes() * SWALLOW_FACTOR;
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize(swallow > Integer.MAX_VALUE ? -1 : (int) swallow);
            }
        });
    }

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(MediaLibrary library, ThymeleafViewResolver views,
            SiteMessages messages) {
        long maxRequest = library.maxFileSize().toBytes() + MARGIN.toBytes();
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
                new UploadSizeFilter(maxRequest, library.maxFileSize().toBytes(), views, messages));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
