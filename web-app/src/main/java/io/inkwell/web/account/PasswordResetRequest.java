package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The email a password reset link is asked for; a line break in it is refused before anything happens. */
record PasswordResetRequest(
        @NotBlank(message = "Enter your email address.") @Email(message = "Enter an email address like name@example.com.")
        @Pattern(regexp = "[^\\r\\n]*", message = "Enter an email address like name@example.com.")
        @Size(max = EMAIL_MAX, message = "Use at most {max} characters.") String email) {
}
