package io.inkwell.web.limits;

import io.inkwell.web.media.ImageUploads;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests count as which limited action. Kept beside the limits rather than in the controllers: a
 * request is counted when it is made, whatever its outcome (a refused form counts too, as each one is work
 * and can be a probe), and before the controller runs, so a refused one costs no more than this.
 */
final class LimitedRoutes {

    private static final Pattern POST_EDIT = Pattern.compile("/posts/[^/]+/edit");
    private static final Pattern POST_PUBLISH = Pattern.compile("/posts/[^/]+/publish");
    private static final Pattern ADMIN_POST_STATUS = Pattern.compile("/admin/posts/[^/]+/status");
    private static final Pattern COMMENT_ADD = Pattern.compile("/posts/[^/]+/comments");
    private static final Pattern COMMENT_EDIT = Pattern.compile("/posts/[^/]+/comments/[^/]+/edit");

    private LimitedRoutes() {
    }

    /** The action a request is, if it is one of those limited (the login is limited apart). */
    static Optional<LimitedAction> of(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/register")) {
            return Optional.of(LimitedAction.REGISTRATION);
        }
        if (path.equals("/password-reset")) {
            return Optional.of(LimitedAction.PASSWORD_RESET);
        }
        if (path.equals("/account/verification") || path.equals("/account/email")) {
            return Optional.of(LimitedAction.CONFIRMATION_MAIL);
        }
        if (path.equals("/posts/new")) {
            // A preview only renders; saving a draft creates a post.
            return "preview".equals(request.getParameter("action")) ? Optional.empty() : Optional.of(LimitedAction.POSTING);
        }
        if (POST_EDIT.matcher(path).matches()) {
            String action = request.getParameter("action");
            return "publish".equals(action) || "schedule".equals(action) ? Optional.of(LimitedAction.POSTING) : Optional.empty();
        }
        if (POST_PUBLISH.matcher(path).matches()
                || (ADMIN_POST_STATUS.matcher(path).matches() && "published".equals(request.getParameter("status")))) {
            return Optional.of(LimitedAction.POSTING);
        }
        if (path.equals("/admin/export")) {
            return Optional.of(LimitedAction.EXPORTS);
        }
        if (ImageUploads.ROUTES.contains(path)) {
            return Optional.of(LimitedAction.UPLOADS);
        }
        if (COMMENT_ADD.matcher(path).matches() || COMMENT_EDIT.matcher(path).matches()) {
            return Optional.of(LimitedAction.COMMENTS);
        }
        return Optional.empty();
    }

    /** The password form and the code asked after it: both are refused while an address has failed too often. */
    static boolean isLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals("/login") || path.equals("/login/code"));
    }
}
