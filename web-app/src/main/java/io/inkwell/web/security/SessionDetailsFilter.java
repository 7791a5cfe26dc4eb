package io.inkwell.web.security;

import io.inkwell.web.limits.ClientAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the list of an account's sessions shows: each signed-in session is indexed by the account's id (not its
 * email, which can change) and remembers the browser's user agent and the client's address. Written only when
 * they change, so most requests add nothing to the session's save. Not a bean: Boot would register it for
 * every request outside the security chain too.
 */
class SessionDetailsFilter extends OncePerRequestFilter {

    static final String USER_AGENT = SessionDetailsFilter.class.getName() + ".userAgent";
    static final String ADDRESS = SessionDetailsFilter.class.getName() + ".address";
    private static final int USER_AGENT_MAX = 300;

    private final ClientAddresses addresses;

    SessionDetailsFilter(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            setIfChanged(session, FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.id().toString());
            String agent = request.getHeader("User-Agent");
            setIfChanged(session, USER_AGENT, agent == null ? "" : agent.length() <= USER_AGENT_MAX ? agent : agent.substring(0, USER_AGENT_MAX));
            setIfChanged(session, ADDRESS, addresses.of(request));
        }
        chain.doFilter(request, response);
    }

    private static void setIfChanged(HttpSession session, String name, String value) {
        if (!Objects.equals(session.getAttribute(name), value)) {
            session.setAttribute(name, value);
        }
    }
}
