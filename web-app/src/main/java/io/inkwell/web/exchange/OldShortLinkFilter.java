package io.inkwell.web.exchange;

import io.inkwell.exchange.OldAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * WordPress's own links at the root, "/?p=123" (a post) and "/?page_id=7" (a page), answer with a 301 to where an
 * import put them. The home page answers "/" and the page cache keeps it under "/" alone, so these are answered in
 * Spring Security's chain, after its checks and before the page cache; only "/" with one of those parameters costs
 * a lookup, and an unknown one shows the home page as WordPress would.
 */
public class OldShortLinkFilter extends OncePerRequestFilter {

    private final OldAddresses oldAddresses;

    public OldShortLinkFilter(OldAddresses oldAddresses) {
        this.oldAddresses = oldAddresses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || query == null
                || !(query.contains("p=") || query.contains("page_id="))
                || !"/".equals(UrlPathHelper.rawPathInstance.getPathWithinApplication(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> target = oldAddresses.targetOf("/", request.getQueryString());
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + target.get());
    }
}
