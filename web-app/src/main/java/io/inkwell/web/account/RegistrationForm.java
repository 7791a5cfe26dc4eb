package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;
import static io.inkwell.users.AccountLimits.NAME_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record RegistrationForm(
        @NotBlank(message = "Enter your name.") @Size(max = NAME_MAX, message = "Use at most {max} characters.") String name,
        @NotBlank(message = "Enter your email address.") @Email(message = "Enter an email address like name@example.com.")
        @Pattern(regexp = "[^\\r\\n]*", message = "Enter an email address like name@example.com.")
        @Size(max = EMAIL_MAX, message = "Use at most {max} characters.") String email,
        @NotBlank(message = "Choose a password.")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "Use {min} to {max} characters.") String password) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    @Override
    public String toString() {
        return "RegistrationForm[" + email + "]";
    }
}
