package io.inkwell.web.limits;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The answer to a refused action: 429, {@code Retry-After} in seconds and the site's page saying when to try
 * again. Rendered here, by the filters that refuse, since a refused request never reaches a controller.
 */
class TooManyRequestsPage {

    static final String VIEW = "error/429";

    private final ViewResolver views;

    TooManyRequestsPage(ViewResolver views) {
        this.views = views;
    }

    void render(Duration retryAfter, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            View page = views.resolveViewName(VIEW, Locale.ENGLISH);
            if (page == null) {
                throw new ServletException("No view " + VIEW);
            }
            page.render(Map.of("retryIn", inWords(retryAfter)), request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException("The 429 page could not be rendered", e);
        }
    }

    /** "a few seconds", "2 minutes", "about 3 hours": when to try again, said the way a person would. */
    static String inWords(Duration wait) {
        long seconds = wait.toSeconds();
        if (seconds < 60) {
            return seconds <= 10 ? "a few seconds" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return minutes == 1 ? "a minute" : minutes + " minutes";
        }
        long hours = (minutes + 30) / 60;
        return hours == 1 ? "about an hour" : "about " + hours + " hours";
    }
}
