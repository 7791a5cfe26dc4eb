package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

record NewPasswordForm(
        @NotEmpty(message = "Choose a new password.")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "Use {min} to {max} characters.") String newPassword) {

    @Override
    public String toString() {
        return "NewPasswordForm[]";
    }
}
