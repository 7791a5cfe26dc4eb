package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record EmailChangeForm(
        @NotBlank(message = "Enter the new address.") @Email(message = "Enter an email address like name@example.com.")
        @Pattern(regexp = "[^\\r\\n]*", message = "Enter an email address like name@example.com.")
        @Size(max = EMAIL_MAX, message = "Use at most {max} characters.") String newEmail,
        @NotEmpty(message = "Enter your current password.") String currentPassword) {

    static EmailChangeForm empty() {
        return new EmailChangeForm("", "");
    }

    @Override
    public String toString() {
        return "EmailChangeForm[]";
    }
}
