package io.inkwell.web.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A static copy of the site's error page (the layout as an anonymous reader sees it, and the wording of the
 * {@code templates/error} pages) for the container, which answers without the template engine.
 * {@code ContainerErrorPagesTest} checks that it keeps wearing the layout's header and footer.
 */
final class ContainerErrorPage {

    private static final String TEMPLATE = "/io/inkwell/web/errors/container-error.html";

    private final String html;

    private ContainerErrorPage(String html) {
        this.html = html;
    }

    static ContainerErrorPage load() {
        try (InputStream in = ContainerErrorPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the application");
            }
            return new ContainerErrorPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String forStatus(int status) {
        Wording wording = Wording.of(status);
        return html.replace("{{title}}", wording.title).replace("{{message}}", wording.message);
    }

    /** The same words as the templates in {@code templates/error}. */
    private enum Wording {
        NOT_FOUND("Page not found",
                "There is nothing at this address. It may have moved, or the link may be mistyped."),
        BAD_REQUEST("That request could not be handled",
                "The request was not understood. Check the address or the form and try again."),
        UNAVAILABLE("Temporarily unavailable",
                "The site cannot reach its database right now. Please try again in a moment."),
        FAILURE("Something went wrong",
                "We could not show this page. The error has been logged; please try again.");

        private final String title;
        private final String message;

        Wording(String title, String message) {
            this.title = title;
            this.message = message;
        }

        static Wording of(int status) {
            if (status == 404) {
                return NOT_FOUND;
            }
            if (status == 503) {
                return UNAVAILABLE;
            }
            return status < 500 ? BAD_REQUEST : FAILURE;
        }
    }
}
