package io.inkwell.web.admin.integrations;

import static io.inkwell.integrations.IntegrationLimits.KEY_NAME_MAX;
import static io.inkwell.integrations.IntegrationLimits.ORIGINS_TEXT_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API key: who uses it, and the browser origins (one per line) whose pages may use it. */
record ApiKeyForm(
        @NotBlank(message = "{validation.apiKeyNameMissing}")
        @Size(max = KEY_NAME_MAX, message = "{validation.atMost}") String name,
        @Size(max = ORIGINS_TEXT_MAX, message = "{validation.atMost}") String allowedOrigins) {

    static ApiKeyForm empty() {
        return new ApiKeyForm("", "");
    }
}
