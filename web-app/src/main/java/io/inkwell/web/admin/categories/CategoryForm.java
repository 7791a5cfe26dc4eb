package io.inkwell.web.admin.categories;

import static io.inkwell.posts.PostLimits.CATEGORY_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.CATEGORY_NAME_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CategoryForm(
        @NotBlank(message = "{validation.categoryNameMissing}")
        @Size(max = CATEGORY_NAME_MAX, message = "{validation.atMost}") String name,
        @Size(max = CATEGORY_DESCRIPTION_MAX, message = "{validation.atMost}") String description) {

    static CategoryForm empty() {
        return new CategoryForm("", "");
    }
}
