package io.inkwell.web.account;

import static io.inkwell.users.AccountLimits.AVATAR_URL_MAX;
import static io.inkwell.users.AccountLimits.NAME_MAX;

import io.inkwell.users.Account;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ProfileForm(
        @NotBlank(message = "{validation.nameMissing}") @Size(max = NAME_MAX, message = "{validation.useAtMost}") String name,
        @Size(max = AVATAR_URL_MAX, message = "{validation.useAtMost}")
        @Pattern(regexp = "^$|(?i)https?://\\S+", message = "{validation.webAddressInvalid}") String avatarUrl) {

    static ProfileForm of(Account account) {
        return new ProfileForm(account.name(), account.avatarUrl() == null ? "" : account.avatarUrl());
    }
}
