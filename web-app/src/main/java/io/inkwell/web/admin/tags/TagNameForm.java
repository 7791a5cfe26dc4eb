package io.inkwell.web.admin.tags;

import static io.inkwell.posts.PostLimits.TAG_NAME_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Renaming a tag. */
record TagNameForm(
        @NotBlank(message = "A tag needs a name.")
        @Size(max = TAG_NAME_MAX, message = "At most {max} characters.")
        @Pattern(regexp = "[^,]*", message = "A tag name cannot hold a comma.") String name) {
}
