package io.inkwell.web.input;

import io.inkwell.db.StorableText;
import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every string a controller is given (form fields, {@code @RequestParam}, {@code @PathVariable}) is made
 * storable once, here, by the rule the services store text by ({@link StorableText}): characters nobody can
 * type are dropped, so a forged NUL or U+FFFF never reaches a query, a page or a feed. Nothing is refused
 * at this step; what is left is checked by the forms' and services' own rules, beside the field.
 *
 * <p>Forms that carry a password are the exception: a password must reach the hash exactly as typed, since
 * the login form (read by Spring Security, not bound here) compares it as typed. A password is never stored
 * as text, and those forms' other fields are made storable by the users service.
 */
@ControllerAdvice
class StorableTextBinding {

    @InitBinder
    void cleanEveryString(WebDataBinder binder) {
        if (!carriesPassword(binder)) {
            binder.registerCustomEditor(String.class, new StorableTextEditor());
        }
    }

    /** Asked once per form class: reading a record's components is reflection (2% of a rendered listing's CPU). */
    private static final ClassValue<Boolean> HAS_PASSWORD_COMPONENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> form) {
            return form.isRecord() && Arrays.stream(form.getRecordComponents())
                    .anyMatch(component -> component.getName().toLowerCase(Locale.ROOT).contains("password"));
        }
    };

    private static boolean carriesPassword(WebDataBinder binder) {
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        return form != null && HAS_PASSWORD_COMPONENT.get(form);
    }

    /** Text in, storable text out; shown back as it is. */
    static final class StorableTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(StorableText.clean(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
