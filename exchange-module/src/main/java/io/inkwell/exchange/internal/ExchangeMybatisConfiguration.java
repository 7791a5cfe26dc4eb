package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange's mappers read and write the refusals of a report ({@link RefusalTypeHandler}). */
@Configuration(proxyBeanMethods = false)
class ExchangeMybatisConfiguration {

    @Bean
    ConfigurationCustomizer exchangeRefusalsAsJson() {
        return configuration -> configuration.getTypeHandlerRegistry().register(Refusal.class, new RefusalTypeHandler());
    }
}
