package io.inkwell.web.security;

import io.inkwell.web.templates.ExpressionObjectDialect;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives every template {@code #viewer}, the {@link Viewer} reading the page, error pages included. */
@Component
class ViewerDialect extends ExpressionObjectDialect {

    ViewerDialect() {
        super("Inkwell viewer", "viewer", context -> Viewer.of(SecurityContextHolder.getContext().getAuthentication()));
    }
}
