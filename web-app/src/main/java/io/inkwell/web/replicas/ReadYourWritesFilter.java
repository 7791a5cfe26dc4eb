package io.inkwell.web.replicas;

import io.inkwell.db.ReadReplicas;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A reader sees their own writes although most reads go to replicas: a request that committed a write hands the
 * primary's WAL position back in a short-lived cookie ({@value #COOKIE}, so anonymous commenters too) and in the
 * session if there is one; a later request carrying it, on any instance, is read from a replica only once that
 * replica has replayed it. The cookie lives as long as the largest lag a replica in use may have: after that, every
 * replica still in use has the write.
 */
class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String COOKIE = "inkwell-written";
    static final String SESSION_ATTRIBUTE = "inkwell.written";

    private final ReadReplicas replicas;
    private final Duration cookieLifetime;

    ReadYourWritesFilter(ReadReplicas replicas, Duration maxLag) {
        this.replicas = replicas;
        this.cookieLifetime = Duration.ofSeconds(maxLag.toSeconds() + 1);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (ReadReplicas.Request reads = replicas.beginRequest(writtenAt(request), token -> remember(request, response, token))) {
            chain.doFilter(request, response);
        }
    }

    private static List<String> writtenAt(HttpServletRequest request) {
        List<String> tokens = new ArrayList<>(2);
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    tokens.add(cookie.getValue());
                }
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String token) {
            tokens.add(token);
        }
        return tokens;
    }

    /** Heard at once after the commit, while the response can still take a cookie (a redirect has not gone yet). */
    private void remember(HttpServletRequest request, HttpServletResponse response, String token) {
        if (!response.isCommitted()) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE, token)
                    .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    .maxAge(cookieLifetime)
                    .httpOnly(true)
                    .secure(request.isSecure())
                    .sameSite("Lax")
                    .build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.setAttribute(SESSION_ATTRIBUTE, token);
            } catch (IllegalStateException invalidated) {
                // signed out by this very request: the cookie alone carries the position
            }
        }
    }
}
