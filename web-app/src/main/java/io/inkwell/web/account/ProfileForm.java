package io.inkwell.web.account;

import io.inkwell.users.Account;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ProfileForm(
        @NotBlank(message = "Enter your name.") @Size(max = 100, message = "Use at most 100 characters.") String name,
        @Size(max = 500, message = "Use at most 500 characters.")
        @Pattern(regexp = "^$|(?i)https?://\\S+", message = "Enter an http:// or https:// address.") String avatarUrl) {

    static ProfileForm of(Account account) {
        return new ProfileForm(account.name(), account.avatarUrl() == null ? "" : account.avatarUrl());
    }
}
