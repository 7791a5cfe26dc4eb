package io.inkwell.web.admin.users;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import io.inkwell.users.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Whom to invite and as what; the role as its name (a damaged value is refused beside the field). No role keeps the
 * role of the imported account the address belongs to; a new address then joins as an author.
 */
record InviteForm(
        @NotBlank(message = "{validation.inviteEmailMissing}") @Email(message = "{refused.account.emailInvalid}")
        @Pattern(regexp = "[^\\r\\n]*", message = "{refused.account.emailInvalid}")
        @Size(max = EMAIL_MAX, message = "{validation.useAtMost}") String email,
        @Pattern(regexp = "|ADMIN|EDITOR|USER|CONTRIBUTOR|GUEST", message = "{validation.roleInvalid}") String role) {

    /** Null: the imported account's role, or an author's. */
    Role roleValue() {
        return role == null || role.isEmpty() ? null : Role.valueOf(role);
    }
}
