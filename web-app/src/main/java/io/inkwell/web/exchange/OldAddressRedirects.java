package io.inkwell.web.exchange;

import io.inkwell.exchange.OldAddresses;
import io.inkwell.posts.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UrlPathHelper;

/**
 * An imported site's old addresses ("/2019/05/my-post/") answer with a 301 to where their posts and pages are now,
 * asked only when no route of the site answered: a path nothing maps (Spring MVC's "no resource"), or a single
 * segment that is no page ({@code /{slug}}). A request is never sent to its own path. Root links ("/?p=123") are
 * answered by {@link OldShortLinkFilter}, since the home page answers "/".
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OldAddressRedirects {

    private final OldAddresses oldAddresses;

    OldAddressRedirects(OldAddresses oldAddresses) {
        this.oldAddresses = oldAddresses;
    }

    /** Rethrown when the path was no old address: the site's own 404 handling goes on as before. */
    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView unmappedPath(NoResourceFoundException notFound, HttpServletRequest request) throws NoResourceFoundException {
        return redirectFor(request).orElseThrow(() -> notFound);
    }

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView noSuchPage(HttpServletRequest request) {
        return redirectFor(request).orElseGet(() -> {
            ModelAndView missing = new ModelAndView("error/404");
            missing.setStatus(HttpStatus.NOT_FOUND);
            return missing;
        });
    }

    private Optional<ModelAndView> redirectFor(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = UrlPathHelper.rawPathInstance.getPathWithinApplication(request);
        return oldAddresses.targetOf(path, null).filter(target -> !target.equals(path)).map(OldAddressRedirects::movedTo);
    }

    static ModelAndView movedTo(String target) {
        RedirectView redirect = new RedirectView(target, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
