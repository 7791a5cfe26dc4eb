package io.inkwell.web.limits;

import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
    private final SiteMessages messages;

    TooManyRequestsPage(ViewResolver views, SiteMessages messages) {
        this.views = views;
        this.messages = messages;
    }

    void render(Duration retryAfter, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            // In the site's language: outside the DispatcherServlet no locale resolver would say it.
            View page = views.resolveViewName(VIEW, messages.locale());
            if (page == null) {
                throw new ServletException("No view " + VIEW);
            }
            page.render(Map.of("retryIn", messages.getMessage(inWords(retryAfter))), request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException("The 429 page could not be rendered", e);
        }
    }

    /** "a few seconds", "2 minutes", "about 3 hours": when to try again, said the way a person would. */
    static MessageSourceResolvable inWords(Duration wait) {
        long seconds = wait.toSeconds();
        if (seconds < 60) {
            return seconds <= 10 ? words("error.429.inFewSeconds", 0) : words("error.429.inSeconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return words("error.429.inMinutes", minutes);
        }
        return words("error.429.inHours", (minutes + 30) / 60);
    }

    private static MessageSourceResolvable words(String code, long amount) {
        return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {amount});
    }
}
