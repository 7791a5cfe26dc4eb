package io.inkwell.integrations.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The webhooks' settings ({@code inkwell.webhooks.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class IntegrationsConfiguration {
}
