package io.inkwell.web.admin.categories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CategoryForm(
        @NotBlank(message = "A category needs a name.") @Size(max = 100, message = "At most 100 characters.") String name,
        @Size(max = 2000, message = "At most 2,000 characters.") String description) {

    static CategoryForm empty() {
        return new CategoryForm("", "");
    }
}
