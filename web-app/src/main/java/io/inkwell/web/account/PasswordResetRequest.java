package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The email a password reset link is asked for; a line break in it is refused before anything happens. */
record PasswordResetRequest(
        @NotBlank(message = "{validation.emailMissing}") @Email(message = "{refused.account.emailInvalid}")
        @Pattern(regexp = "[^\\r\\n]*", message = "{refused.account.emailInvalid}")
        @Size(max = EMAIL_MAX, message = "{validation.useAtMost}") String email) {
}
