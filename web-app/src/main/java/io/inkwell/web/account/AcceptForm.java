package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.NAME_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MAX;
import static io.inkwell.users.AccountLimits.PASSWORD_MIN;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The invitee's name and password. */
record AcceptForm(
        @NotBlank(message = "Enter your name.") @Size(max = NAME_MAX, message = "Use at most {max} characters.") String name,
        @NotBlank(message = "Choose a password.")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "Use {min} to {max} characters.") String password) {

    @Override
    public String toString() {
        return "AcceptForm[" + name + "]";
    }
}
