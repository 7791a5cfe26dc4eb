package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record EmailChangeForm(
        @NotBlank(message = "{validation.newEmailMissing}") @Email(message = "{refused.account.emailInvalid}")
        @Pattern(regexp = "[^\\r\\n]*", message = "{refused.account.emailInvalid}")
        @Size(max = EMAIL_MAX, message = "{validation.useAtMost}") String newEmail,
        @NotEmpty(message = "{validation.currentPasswordMissing}") String currentPassword) {

    static EmailChangeForm empty() {
        return new EmailChangeForm("", "");
    }

    @Override
    public String toString() {
        return "EmailChangeForm[]";
    }
}
