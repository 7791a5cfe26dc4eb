package io.inkwell.web.errors;

import io.inkwell.web.site.CurrentSite;
import java.util.List;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site's error pages wherever an error is answered: in Spring MVC, and in Tomcat before it. */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPagesConfiguration {

    /** In place of Boot's own, which it leaves out when one is defined. */
    @Bean
    SiteErrorController siteErrorController(ErrorAttributes errorAttributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new SiteErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
    }

    /**
     * Runs after Boot's customizer, which puts a plain ErrorReportValve on the host: that one goes, ours
     * takes its place, and the host is told ours is its error report valve so that it adds no other.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorReportValve(ObjectProvider<CurrentSite> site,
            ObjectProvider<MessageSource> messages) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            Pipeline pipeline = host.getPipeline();
            List.of(pipeline.getValves()).stream()
                    .filter(valve -> valve instanceof ErrorReportValve && !(valve instanceof SiteErrorReportValve))
                    .forEach(pipeline::removeValve);
            boolean present = List.of(pipeline.getValves()).stream().anyMatch(SiteErrorReportValve.class::isInstance);
            if (!present) {
                pipeline.addValve(new SiteErrorReportValve(() -> site.getObject().view(), messages::getObject));
            }
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(SiteErrorReportValve.class.getName());
            }
        });
    }
}
