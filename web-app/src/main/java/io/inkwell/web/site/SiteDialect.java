package io.inkwell.web.site;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #site}, the {@link SiteView} of the site's settings: the layout's title, menus
 * and footer, and {@code #site.date(...)}, {@code #site.dateTime(...)}, {@code #site.month(...)} for dates in the
 * site's language and time zone. Every page has it, error pages included (an exception handler's model has no
 * {@code @ModelAttribute}s), and one page reads one view throughout.
 */
@Component
class SiteDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "site";

    private final CurrentSite site;

    SiteDialect(CurrentSite site) {
        super("Inkwell site settings");
        this.site = site;
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
                return NAME.equals(expressionObjectName) ? site.view() : null;
            }

            /** Built once per page rendered, then kept for the rest of that page. */
            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
