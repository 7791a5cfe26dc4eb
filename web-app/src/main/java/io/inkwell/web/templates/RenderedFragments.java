package io.inkwell.web.templates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The HTML of fragments many pages show alike (a listing card, a post's comments), kept by what they show. The key
 * is the fragment, the values of the variables it reads (or what of them it shows: {@link KeptBy}), the site's
 * settings and the page's locale: a changed post, a
 * new comment, a comment's "3 minutes ago" turning into "4 minutes ago" or a new setting make a new key, so nothing
 * ever needs expiring, on this instance or any other. Least used leave first (Caffeine, weighed by size: the HTML
 * and the values of its key, about as large again).
 *
 * <p>The fragment is rendered with only the variables it is given (and Spring's request context, for messages, links
 * and forms), so one it reads but is not given renders empty in tests rather than stale in production. It may read
 * {@code #site}, {@code #limits} and messages; never {@code #viewer} or the request, which are no part of the key:
 * whatever differs between readers must be in the variables. A form in it carries the reader's CSRF token, which is
 * kept as a placeholder and replaced by this request's token at every serve.
 */
public class RenderedFragments {

    /** What marks a rendered form's hidden CSRF field (Spring Security's default parameter name). */
    private static final String CSRF_FIELD = "name=\"_csrf\"";
    private static final List<String> SPRING_VARIABLES = List.of(SpringContextVariableNames.SPRING_REQUEST_CONTEXT,
            SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
            ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);

    private final Supplier<ITemplateEngine> engine;
    private final CurrentSite site;
    private final Cache<Key, Rendered> kept;
    private final boolean keeping;
    /** Unguessable, so no text a reader wrote can contain it. */
    private final String csrfPlaceholder = "csrf-token-" + UUID.randomUUID();

    /** {@code maxBytes} 0 keeps nothing: every fragment is rendered each time, as without this class. */
    public RenderedFragments(Supplier<ITemplateEngine> engine, CurrentSite site, long maxBytes) {
        this.engine = engine;
        this.site = site;
        this.keeping = maxBytes > 0;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxBytes))
                // A char is two bytes, and the key holds about as much text again (the texts the HTML was made from).
                .weigher((Key key, Rendered rendered) -> 4 * rendered.html().length())
                .recordStats()
                .build();
    }

    /**
     * The fragment {@code selector} of {@code template}, rendered with the page's values of {@code variables}
     * (null where the page has none), or the same HTML rendered before with equal values.
     */
    public String render(ITemplateContext page, String template, String selector, String... variables) {
        List<Object> values = new ArrayList<>(variables.length);
        List<Object> keptBy = new ArrayList<>(variables.length);
        for (String variable : variables) {
            Object value = page.getVariable(variable);
            values.add(value);
            keptBy.add(value instanceof KeptBy shown ? shown.keptBy() : value);
        }
        Key key = new Key(template, selector, keptBy, site.view(), page.getLocale());
        Rendered rendered = keeping ? kept.getIfPresent(key) : null;
        if (rendered == null) {
            rendered = renderNow(page, key, variables, values);
            if (keeping) {
                kept.put(key, rendered);
            }
        }
        return rendered.carriesCsrfToken() ? rendered.html().replace(csrfPlaceholder, csrfToken(page).getToken()) : rendered.html();
    }

    private Rendered renderNow(ITemplateContext page, Key key, String[] variables, List<Object> values) {
        AbstractContext context = page instanceof IWebContext web
                ? new WebContext(web.getExchange(), page.getLocale()) : new Context(page.getLocale());
        for (String name : SPRING_VARIABLES) {
            if (page.containsVariable(name)) {
                context.setVariable(name, page.getVariable(name));
            }
        }
        for (int i = 0; i < variables.length; i++) {
            context.setVariable(variables[i], values.get(i));
        }
        String html = process(key, context);
        if (!html.contains(CSRF_FIELD)) {
            return new Rendered(html, false);
        }
        return new Rendered(html.replace(csrfToken(page).getToken(), csrfPlaceholder), true);
    }

    private String process(Key key, IContext context) {
        return engine.get().process(new TemplateSpec(key.template(), Set.of(key.selector()), TemplateMode.HTML, null), context);
    }

    private static CsrfToken csrfToken(ITemplateContext page) {
        Object token = page instanceof IWebContext web ? web.getExchange().getAttributeValue(CsrfToken.class.getName()) : null;
        if (token == null) {
            throw new IllegalStateException("A kept fragment holds a form, but this page has no CSRF token");
        }
        return (CsrfToken) token;
    }

    /** Hit ratio, evictions and size as {@code cache_*{cache="fragments"}}. */
    void monitor(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, kept, "fragments");
    }

    /** How often a kept fragment was served (counted at once, unlike the size Caffeine estimates later). */
    long hits() {
        return kept.stats().hitCount();
    }

    /** How often a fragment had to be rendered (none kept by its key). */
    long misses() {
        return kept.stats().missCount();
    }

    private record Key(String template, String selector, List<Object> values, SiteView site, Locale locale) {
    }

    private record Rendered(String html, boolean carriesCsrfToken) {
    }
}
