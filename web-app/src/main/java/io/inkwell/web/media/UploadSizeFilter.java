package io.inkwell.web.media;

import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * An upload larger than the container takes would be cut off unread: its form fields (the CSRF token among
 * them) would be missing, and Spring Security would answer 403. This filter, before Spring Security, answers
 * such a request itself from its Content-Length, with 413 and a page that says how large an image may be;
 * the container then reads and drops the rest of the body (up to its swallow size, set in
 * {@link MediaUploadConfiguration}), so the browser shows the page instead of a broken connection.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    static final String VIEW = "error/413";

    private final long maxRequestBytes;
    private final long maxFileBytes;
    private final ViewResolver views;
    private final SiteMessages messages;

    UploadSizeFilter(long maxRequestBytes, long maxFileBytes, ViewResolver views, SiteMessages messages) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxFileBytes = maxFileBytes;
        this.views = views;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !ImageUploads.ROUTES.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setHeader("Cache-Control", "no-store");
        try {
            // In the site's language: outside the DispatcherServlet no locale resolver would say it.
            View page = views.resolveViewName(VIEW, messages.locale());
            if (page == null) {
                throw new ServletException("No view " + VIEW);
            }
            page.render(Map.of("maxMegabytes", maxFileBytes / (1024 * 1024)), request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException("The 413 page could not be rendered", e);
        }
    }
}
