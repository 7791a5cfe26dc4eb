package io.inkwell.db.mybatis;

import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The MyBatis conventions every context shares, applied wherever MyBatis starts (the site and every
 * module's tests): snake_case columns onto camelCase properties and
 * record components (built through constructors made accessible once), UUID and Instant handlers, enums as
 * their lower-case names.
 */
@AutoConfiguration
public class InkwellMybatisAutoConfiguration {

    /** Picked up by MyBatis' auto-configuration with every other interceptor bean. */
    @Bean
    RecordRowsInterceptor recordRowsInterceptor() {
        return new RecordRowsInterceptor();
    }

    @Bean
    ConfigurationCustomizer inkwellMybatisConventions() {
        return configuration -> {
            configuration.setMapUnderscoreToCamelCase(true);
            // Records are built through their canonical constructors; match columns to parameters by name, not position.
            configuration.setArgNameBasedConstructorAutoMapping(true);
            configuration.setObjectFactory(new AccessibleConstructorObjectFactory());
            configuration.setDefaultEnumTypeHandler(LowerCaseEnumTypeHandler.class);
            configuration.getTypeHandlerRegistry().register(UuidTypeHandler.class);
            configuration.getTypeHandlerRegistry().register(InstantTypeHandler.class);
        };
    }
}
