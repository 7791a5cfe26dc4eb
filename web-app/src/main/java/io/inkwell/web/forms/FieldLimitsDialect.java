package io.inkwell.web.forms;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #limits}, the {@link FieldLimits}. An expression object rather than a bean
 * ({@code @limits}) or static fields ({@code T(...)}): Thymeleaf refuses both inside fragment arguments,
 * which is where the field fragment takes its {@code maxlength}.
 */
@Component
class FieldLimitsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "limits";
    private static final FieldLimits LIMITS = new FieldLimits();

    FieldLimitsDialect() {
        super("Inkwell field limits");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? LIMITS : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
