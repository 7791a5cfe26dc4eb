package io.inkwell.web.admin.users;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import io.inkwell.users.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom to invite and as what; the role as its name (a damaged value is refused beside the field). */
record InviteForm(
        @NotBlank(message = "{validation.inviteEmailMissing}") @Email(message = "{refused.account.emailInvalid}")
        @Pattern(regexp = "[^\\r\\n]*", message = "{refused.account.emailInvalid}")
        @Size(max = EMAIL_MAX, message = "{validation.useAtMost}") String email,
        @NotBlank(message = "{validation.roleMissing}") @Pattern(regexp = "ADMIN|USER|GUEST", message = "{validation.roleInvalid}")
        String role) {

    Role roleValue() {
        return Role.valueOf(role);
    }
}
