package io.inkwell.web.forms;

import io.inkwell.db.Refusal;
import org.springframework.validation.BindingResult;

/**
 * A service's refusal on a redisplayed form, in the site's language: the refusal's code is the error's code, so
 * the page shows the bundle's words for it (with its arguments), as it does for a Bean Validation message.
 *
 * <pre>{@code
 * } catch (InvalidPostException e) {
 *     FieldRefusals.reject(result, e.field(), e.refusal());
 * }
 * }</pre>
 */
public final class FieldRefusals {

    private FieldRefusals() {
    }

    /** Beside the field. */
    public static void reject(BindingResult result, String field, Refusal refusal) {
        result.rejectValue(field, refusal.code(), refusal.getArguments(), refusal.getDefaultMessage());
    }

    /** Above the form, for the whole of it (someone else saved in between). */
    public static void reject(BindingResult result, Refusal refusal) {
        result.reject(refusal.code(), refusal.getArguments(), refusal.getDefaultMessage());
    }
}
