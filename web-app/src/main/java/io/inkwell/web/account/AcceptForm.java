package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.NAME_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The invitee's name and password. */
record AcceptForm(
        @NotBlank(message = "{validation.nameMissing}") @Size(max = NAME_MAX, message = "{validation.useAtMost}") String name,
        @NotBlank(message = "{validation.passwordMissing}")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "{validation.useBetween}") String password) {

    @Override
    public String toString() {
        return "AcceptForm[" + name + "]";
    }
}
