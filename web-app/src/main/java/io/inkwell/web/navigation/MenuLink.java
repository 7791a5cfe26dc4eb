package io.inkwell.web.navigation;

/**
 * A link of a menu as the layout shows it. {@code href} is a path of this site ({@code /categories/java},
 * which the template puts under the context path with {@code @{...}}) or an http(s) URL.
 */
public record MenuLink(String label, String href) {
}
