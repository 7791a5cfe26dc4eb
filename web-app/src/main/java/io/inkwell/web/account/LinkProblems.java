package io.inkwell.web.account;

import io.inkwell.users.TokenProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * The one answer to a link from a mail that does not work (any more): what happened, in words, and where to get
 * a new one. 400 for a link the site never made, 410 for one it made that is gone; never a 500.
 */
final class LinkProblems {

    static final String VIEW = "account/link-problem";

    private LinkProblems() {
    }

    /**
     * @param whatKey     the bundles' key of the link's name as a sentence starts with it ("This invitation"): each
     *                    language says every problem of every link in a sentence of its own grammar around it
     * @param newLinkHref where a new link is asked for; {@code newLinkKey} is the key of what the way there says
     */
    static String page(TokenProblem problem, String whatKey, String newLinkHref, String newLinkKey, Model model,
            HttpServletResponse response) {
        response.setStatus(problem == TokenProblem.UNKNOWN ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_GONE);
        model.addAttribute("whatKey", whatKey);
        model.addAttribute("problem", problem.name());
        model.addAttribute("newLinkHref", newLinkHref);
        model.addAttribute("newLinkKey", newLinkKey);
        return VIEW;
    }
}
