package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotEmpty(message = "{validation.currentPasswordMissing}") String currentPassword,
        @NotEmpty(message = "{validation.newPasswordMissing}")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "{validation.useBetween}") String newPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "");
    }

    @Override
    public String toString() {
        return "PasswordForm[]";
    }
}
