package io.inkwell.web.templates;

import org.thymeleaf.context.ITemplateContext;

/**
 * Gives every template {@code #rendered}: {@code th:utext="${#rendered.fragment('posts/card', 'card', 'post',
 * 'snippet')}"} inserts the fragment {@code card} of {@code posts/card} rendered with the page's {@code post} and
 * {@code snippet}, kept by {@link RenderedFragments}.
 */
class RenderedFragmentsDialect extends ExpressionObjectDialect {

    RenderedFragmentsDialect(RenderedFragments fragments) {
        super("Inkwell rendered fragments", "rendered", context -> new PageFragments((ITemplateContext) context, fragments));
    }

    /** The page's side of {@code #rendered}: it knows the page whose variables the fragment is rendered with. */
    public record PageFragments(ITemplateContext page, RenderedFragments fragments) {

        public String fragment(String template, String selector, String... variables) {
            return fragments.render(page, template, selector, variables);
        }
    }
}
