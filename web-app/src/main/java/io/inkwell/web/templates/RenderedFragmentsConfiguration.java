package io.inkwell.web.templates;

import io.inkwell.web.site.CurrentSite;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.ITemplateEngine;

/** Kept fragments: {@code inkwell.fragment-cache.max-size} ({@code INKWELL_FRAGMENT_CACHE_MAX_SIZE}, 0 keeps none). */
@Configuration(proxyBeanMethods = false)
class RenderedFragmentsConfiguration {

    /** The template engine is asked for at the first render: it is built with the dialects, this one's among them. */
    @Bean
    RenderedFragments renderedFragments(ObjectProvider<ITemplateEngine> engine, CurrentSite site,
            @Value("${inkwell.fragment-cache.max-size:32MB}") DataSize maxSize) {
        return new RenderedFragments(engine::getObject, site, maxSize.toBytes());
    }

    @Bean
    RenderedFragmentsDialect renderedFragmentsDialect(RenderedFragments fragments) {
        return new RenderedFragmentsDialect(fragments);
    }

    @Bean
    MeterBinder renderedFragmentsMetrics(RenderedFragments fragments) {
        return fragments::monitor;
    }
}
