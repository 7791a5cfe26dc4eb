package io.inkwell.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/** What controllers tell the anonymous page cache about the page they render. */
public final class PageCaching {

    private static final String ON_EVERY_SERVE = PageCaching.class.getName() + ".onEveryServe";

    private PageCaching() {
    }

    /**
     * Asks that {@code work} also run each time this request's page is served from the cache later, in
     * place of the controller that rendered it (counting a view, say). The controller does it itself now.
     */
    public static void onEveryServe(HttpServletRequest request, Runnable work) {
        @SuppressWarnings("unchecked")
        List<Runnable> works = (List<Runnable>) request.getAttribute(ON_EVERY_SERVE);
        if (works == null) {
            works = new ArrayList<>(1);
            request.setAttribute(ON_EVERY_SERVE, works);
        }
        works.add(work);
    }

    @SuppressWarnings("unchecked")
    static List<Runnable> worksOf(HttpServletRequest request) {
        Object works = request.getAttribute(ON_EVERY_SERVE);
        return works == null ? List.of() : List.copyOf((List<Runnable>) works);
    }
}
