package io.inkwell.web.site;

import io.inkwell.web.templates.ExpressionObjectDialect;
import org.springframework.stereotype.Component;

/**
 * Gives every template {@code #site}, the {@link SiteView} of the site's settings: the layout's title, menus
 * and footer, and {@code #site.date(...)}, {@code #site.dateTime(...)}, {@code #site.month(...)} for dates in the
 * site's language and time zone. Every page has it, error pages included, and one page reads one view throughout.
 */
@Component
class SiteDialect extends ExpressionObjectDialect {

    SiteDialect(CurrentSite site) {
        super("Inkwell site settings", "site", context -> site.view());
    }
}
