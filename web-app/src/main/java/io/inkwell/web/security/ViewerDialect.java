package io.inkwell.web.security;

import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #viewer}, the {@link Viewer} reading the page, error pages included. */
@Component
class ViewerDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "viewer";

    ViewerDialect() {
        super("Inkwell viewer");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName)
                        ? Viewer.of(SecurityContextHolder.getContext().getAuthentication())
                        : null;
            }

            /** Built once per page rendered, then kept for the rest of that page. */
            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
