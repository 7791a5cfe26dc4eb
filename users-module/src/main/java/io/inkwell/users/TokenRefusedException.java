package io.inkwell.users;

/**
 * A link from a mail was refused (password reset, email confirmation, invitation); {@link #problem()} says
 * why, so the page can say what happened and offer a new link. Nothing was changed.
 */
public class TokenRefusedException extends RuntimeException {

    private final TokenProblem problem;

    public TokenRefusedException(TokenProblem problem) {
        super("Link refused: " + problem);
        this.problem = problem;
    }

    public TokenProblem problem() {
        return problem;
    }
}
