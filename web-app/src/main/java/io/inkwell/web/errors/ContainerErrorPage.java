package io.inkwell.web.errors;

import io.inkwell.web.navigation.MenuLink;
import io.inkwell.web.site.SiteView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A copy of the site's error page (the layout as an anonymous reader sees it, with the site's settings, and
 * the wording of the {@code templates/error} pages) for the container, which answers without the template
 * engine. {@code ContainerErrorPagesTest} checks that it keeps wearing the layout's header and footer.
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

    /** The page for this status, wearing the site's settings as {@code fragments/layout.html} does. */
    String forStatus(int status, SiteView site) {
        Wording wording = Wording.of(status);
        return html.replace("{{title}}", wording.title).replace("{{message}}", wording.message)
                .replace("{{lang}}", escape(site.lang()))
                .replace("{{siteTitle}}", escape(site.title()))
                .replace("{{icon}}", site.iconUrl() == null ? "" : "\n  <link rel=\"icon\" href=\"" + escape(site.iconUrl()) + "\">")
                .replace("{{logo}}", site.logoUrl() == null ? ""
                        : "\n      <img class=\"site-logo\" src=\"" + escape(site.logoUrl()) + "\" alt=\"\">")
                .replace("{{tagline}}", site.tagline() == null ? ""
                        : "\n    <p class=\"site-tagline\">" + escape(site.tagline()) + "</p>")
                .replace("{{headerLinks}}", links(site.header(), "\n    "))
                .replace("{{registerLink}}", site.registrationOpen() ? "\n    <a href=\"/register\">Register</a>" : "")
                .replace("{{footerText}}", site.footerText() == null ? ""
                        : "\n  <p class=\"footer-text\">" + escape(site.footerText()) + "</p>")
                .replace("{{footerLinks}}", site.footer().isEmpty() ? ""
                        : "\n  <nav class=\"footer-links\" aria-label=\"Footer\">" + links(site.footer(), "\n    ") + "\n  </nav>");
    }

    private static String links(List<MenuLink> links, String indent) {
        StringBuilder html = new StringBuilder();
        for (MenuLink link : links) {
            html.append(indent).append("<a href=\"").append(escape(link.href())).append("\">").append(escape(link.label())).append("</a>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
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
