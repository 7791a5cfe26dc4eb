package io.inkwell.web.forms;

import io.inkwell.web.templates.ExpressionObjectDialect;
import org.springframework.stereotype.Component;

/**
 * Gives every template {@code #limits}, the {@link FieldLimits}. An expression object rather than a bean
 * ({@code @limits}) or static fields ({@code T(...)}): Thymeleaf refuses both inside fragment arguments,
 * which is where the field fragment takes its {@code maxlength}.
 */
@Component
class FieldLimitsDialect extends ExpressionObjectDialect {

    private static final FieldLimits LIMITS = new FieldLimits();

    FieldLimitsDialect() {
        super("Inkwell field limits", "limits", context -> LIMITS);
    }
}
