package io.inkwell.web.templates;

import java.util.Set;
import java.util.function.Function;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * A dialect that gives every template one expression object, {@code #name}, built once per page rendered and kept
 * for the rest of that page (error pages included: an exception handler's model has no {@code @ModelAttribute}s).
 * A subclass only names the object and says how it is built.
 */
public abstract class ExpressionObjectDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final String objectName;
    private final Function<IExpressionContext, Object> build;

    protected ExpressionObjectDialect(String dialectName, String objectName, Function<IExpressionContext, Object> build) {
        super(dialectName);
        this.objectName = objectName;
        this.build = build;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(objectName);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return objectName.equals(expressionObjectName) ? build.apply(context) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
