package io.inkwell.web.admin.categories;

import static io.inkwell.posts.PostLimits.CATEGORY_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.CATEGORY_NAME_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CategoryForm(
        @NotBlank(message = "A category needs a name.")
        @Size(max = CATEGORY_NAME_MAX, message = "At most {max} characters.") String name,
        @Size(max = CATEGORY_DESCRIPTION_MAX, message = "At most {max} characters.") String description) {

    static CategoryForm empty() {
        return new CategoryForm("", "");
    }
}
