package io.inkwell.mail.internal;

import io.inkwell.settings.Settings;
import io.inkwell.settings.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its two templates, {@code mail/templates/<name>.txt} and {@code <name>.html}, with the
 * site's settings as {@code site} (its title) in the site's language: the templates say their words with
 * {@code #{key}} from this context's own bundles, {@code mail/messages.properties} and one per language
 * ({@code mail/messages_de.properties}), read as UTF-8. The text template's first line is the subject, then a blank
 * line, then the text. A template engine of its own, apart from the web pages': mails are no pages and see no
 * request, and a mail is in the site's language, whoever's action wrote it.
 */
@Component
class MailTemplates {

    private static final String BUNDLE = "mail/messages";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final SiteSettings site;

    MailTemplates(SiteSettings site) {
        this.site = site;
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 1));
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 2));
        engine.setTemplateEngineMessageSource(words());
    }

    /** The mails' bundles; a key a language lacks falls back to English, never to the server's own locale. */
    private static ResourceBundleMessageSource words() {
        ResourceBundleMessageSource words = new ResourceBundleMessageSource();
        words.setBasename(BUNDLE);
        words.setDefaultEncoding(StandardCharsets.UTF_8.name());
        words.setFallbackToSystemLocale(false);
        return words;
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/templates/");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    RenderedMail render(String name, Map<String, Object> variables) {
        Settings settings = site.current().settings();
        Map<String, Object> all = new HashMap<>(variables);
        all.put("site", settings);
        Context context = new Context(settings.language().locale(), all);
        String text = engine.process(name + ".txt", context).replace("\r\n", "\n");
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalStateException("Template " + name + ".txt must start with the subject and a blank line");
        }
        String subject = text.substring(0, blank).strip().replaceAll("\\s+", " ");
        return new RenderedMail(subject, text.substring(blank + 2).strip() + "\n", engine.process(name + ".html", context));
    }
}
