package io.inkwell.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RegistrationForm(
        @NotBlank(message = "Enter your name.") @Size(max = 100, message = "Use at most 100 characters.") String name,
        @NotBlank(message = "Enter your email address.") @Email(message = "Enter an email address like name@example.com.")
        @Size(max = 255, message = "Use at most 255 characters.") String email,
        @NotBlank(message = "Choose a password.") @Size(min = 8, max = 128, message = "Use 8 to 128 characters.") String password) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    @Override
    public String toString() {
        return "RegistrationForm[" + email + "]";
    }
}
