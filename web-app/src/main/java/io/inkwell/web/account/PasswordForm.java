package io.inkwell.web.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotEmpty(message = "Enter your current password.") String currentPassword,
        @NotEmpty(message = "Choose a new password.") @Size(min = 8, max = 128, message = "Use 8 to 128 characters.") String newPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "");
    }

    @Override
    public String toString() {
        return "PasswordForm[]";
    }
}
