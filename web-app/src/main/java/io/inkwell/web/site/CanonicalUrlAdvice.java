package io.inkwell.web.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/**
 * Gives every page the canonical URL the layout puts in {@code <link rel="canonical">}; error pages get
 * none, since they are no address worth indexing.
 */
@ControllerAdvice
class CanonicalUrlAdvice {

    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final SiteUrls urls;
    private final String errorPath;

    CanonicalUrlAdvice(SiteUrls urls, @Value("${server.error.path:/error}") String errorPath) {
        this.urls = urls;
        this.errorPath = errorPath;
    }

    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request) {
        boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR
                || errorPath.equals(PATHS.getPathWithinApplication(request));
        return errorPage ? null : urls.canonical(request);
    }
}
