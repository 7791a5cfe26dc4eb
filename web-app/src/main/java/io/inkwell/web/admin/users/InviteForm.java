package io.inkwell.web.admin.users;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import io.inkwell.users.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom to invite and as what; the role as its name (a damaged value is refused beside the field). */
record InviteForm(
        @NotBlank(message = "Enter the address to invite.") @Email(message = "Enter an email address like name@example.com.")
        @Pattern(regexp = "[^\\r\\n]*", message = "Enter an email address like name@example.com.")
        @Size(max = EMAIL_MAX, message = "Use at most {max} characters.") String email,
        @NotBlank(message = "Choose a role.") @Pattern(regexp = "ADMIN|USER|GUEST", message = "Choose one of the roles offered.")
        String role) {

    Role roleValue() {
        return Role.valueOf(role);
    }
}
