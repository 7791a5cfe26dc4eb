package io.inkwell.web.exchange;

import io.inkwell.exchange.WordPressImport;
import io.inkwell.media.MediaLibrary;
import io.inkwell.web.media.ImageUploads;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The container takes uploads as large as an import file may be (see the media configuration's multipart limits),
 * so every other route keeps the image limit it had: before Spring Security, from the request's length, an import
 * larger than {@code inkwell.import.max-file-size} and any other upload larger than an image are answered with the
 * 413 page, their bodies never read.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadConfiguration {

    static final String ROUTE = "/admin/import";
    static final DataSize MARGIN = DataSize.ofMegabytes(1);

    @Bean
    FilterRegistrationBean<UploadLimitFilter> importUploadLimitFilter(WordPressImport imports, MediaLibrary media,
                                                                      ThymeleafViewResolver views, SiteMessages messages) {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
                new UploadLimitFilter(imports.maxFileSize(), media.maxFileSize(), views, messages));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    static final class UploadLimitFilter extends OncePerRequestFilter {

        private final DataSize importMax;
        private final DataSize imageMax;
        private final ViewResolver views;
        private final SiteMessages messages;

        UploadLimitFilter(DataSize importMax, DataSize imageMax, ViewResolver views, SiteMessages messages) {
            this.importMax = importMax;
            this.imageMax = imageMax;
            this.views = views;
            this.messages = messages;
        }

        /** Uploads only; the image routes have their own filter (io.inkwell.web.media.UploadSizeFilter). */
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return !"POST".equals(request.getMethod()) || type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || ImageUploads.ROUTES.contains(path(request));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean isImport = ROUTE.equals(path(request));
            DataSize limit = isImport ? importMax : imageMax;
            if (request.getContentLengthLong() <= limit.toBytes() + MARGIN.toBytes()) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setHeader("Cache-Control", "no-store");
            try {
                View page = views.resolveViewName("error/413", messages.locale());
                if (page == null) {
                    throw new ServletException("No view error/413");
                }
                page.render(Map.of("maxMegabytes", limit.toMegabytes(), "importFile", isImport), request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ServletException("The 413 page could not be rendered", e);
            }
        }

        private static String path(HttpServletRequest request) {
            return request.getRequestURI().substring(request.getContextPath().length());
        }
    }
}
