package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;
import static io.inkwell.users.AccountLimits.NAME_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RegistrationForm(
        @NotBlank(message = "{validation.nameMissing}") @Size(max = NAME_MAX, message = "{validation.useAtMost}") String name,
        @NotBlank(message = "{validation.emailMissing}") @Email(message = "{refused.account.emailInvalid}")
        @Size(max = EMAIL_MAX, message = "{validation.useAtMost}") String email,
        @NotBlank(message = "{validation.passwordMissing}")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "{validation.useBetween}") String password) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    @Override
    public String toString() {
        return "RegistrationForm[" + email + "]";
    }
}
