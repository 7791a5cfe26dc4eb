package io.inkwell.web.api;

import io.inkwell.web.site.SiteUrls;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The Content API's ETags and the frame of its OpenAPI description (the operations come from the controllers). */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    static final String BEARER = "bearer";
    static final String HEADER = "header";

    /**
     * A strong ETag for every 200 of the API, the digest of its body, and 304 without a body when
     * {@code If-None-Match} names it. After Spring Security, so only answers to authenticated requests are tagged.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 3);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The servers entry is the site's public address, never the Host header of whoever asked. */
    @Bean
    OpenAPI contentApiDescription(SiteUrls urls) {
        return new OpenAPI()
                .info(new Info().title("Inkwell Content API").version("v1")
                        .description("Read-only JSON of the site's published posts, pages, categories, tags and authors. "
                                + "Every request carries an API key, made by an admin at /admin/api-keys, as "
                                + "\"Authorization: Bearer <key>\" or in the Inkwell-Api-Key header. Errors are "
                                + "application/problem+json. Listings return a next cursor; answers carry an ETag for "
                                + "If-None-Match."))
                .servers(List.of(new Server().url(urls.base())))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Authorization: Bearer <key>"))
                        .addSecuritySchemes(HEADER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyFilter.KEY_HEADER)))
                .security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(HEADER)));
    }
}
