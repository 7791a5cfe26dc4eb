package io.inkwell.web.errors;

import io.inkwell.web.navigation.MenuLink;
import io.inkwell.web.site.SiteView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A copy of the site's error page (the layout as an anonymous reader sees it, with the site's settings, and
 * the words of the {@code templates/error} pages and the layout, from the same keys of the bundles, in the site's
 * language) for the container, which answers without the template engine. {@code ContainerErrorPagesTest} checks
 * that it keeps wearing the layout's header and footer.
 */
final class ContainerErrorPage {

    private static final String TEMPLATE = "/io/inkwell/web/errors/container-error.html";
    /** The layout's words the page has, each a {@code {{word}}} of the page and a {@code fragments.layout.<word>} key. */
    private static final List<String> LAYOUT_WORDS = List.of("skip", "mainNav", "searchLabel", "searchPlaceholder", "login",
            "poweredBy");

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

    /** The page for this status, wearing the site's settings and speaking its language as {@code fragments/layout.html} does. */
    String forStatus(int status, SiteView site, MessageSource messages) {
        Function<String, String> word = key -> escape(messages.getMessage(key, null, site.locale()));
        String page = errorPage(status);
        String filled = html;
        for (String layoutWord : LAYOUT_WORDS) {
            filled = filled.replace("{{" + layoutWord + "}}", word.apply("fragments.layout." + layoutWord));
        }
        return filled.replace("{{title}}", word.apply(page + ".title"))
                .replace("{{message}}", word.apply(page + ".message"))
                .replace("{{backHome}}", word.apply("common.backHome"))
                .replace("{{lang}}", escape(site.lang()))
                .replace("{{siteTitle}}", escape(site.title()))
                .replace("{{icon}}", site.iconUrl() == null ? "" : "\n  <link rel=\"icon\" href=\"" + escape(site.iconUrl()) + "\">")
                .replace("{{logo}}", site.logoUrl() == null ? ""
                        : "\n      <img class=\"site-logo\" src=\"" + escape(site.logoUrl()) + "\" alt=\"\">")
                .replace("{{tagline}}", site.tagline() == null ? ""
                        : "\n    <p class=\"site-tagline\">" + escape(site.tagline()) + "</p>")
                .replace("{{headerLinks}}", links(site.header(), "\n    "))
                .replace("{{registerLink}}", site.registrationOpen()
                        ? "\n    <a href=\"/register\">" + word.apply("fragments.layout.register") + "</a>" : "")
                .replace("{{footerText}}", site.footerText() == null ? ""
                        : "\n  <p class=\"footer-text\">" + escape(site.footerText()) + "</p>")
                .replace("{{footerLinks}}", site.footer().isEmpty() ? ""
                        : "\n  <nav class=\"footer-links\" aria-label=\"" + word.apply("fragments.layout.footerNav") + "\">"
                        + links(site.footer(), "\n    ") + "\n  </nav>");
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

    /** The key prefix of the template in {@code templates/error} whose words this status gets. */
    private static String errorPage(int status) {
        if (status == 404) {
            return "error.404";
        }
        if (status == 503) {
            return "error.503";
        }
        return status < 500 ? "error.4xx" : "error";
    }
}
