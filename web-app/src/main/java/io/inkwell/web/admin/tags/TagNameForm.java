package io.inkwell.web.admin.tags;

import static io.inkwell.posts.PostLimits.TAG_NAME_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Renaming a tag. */
record TagNameForm(
        @NotBlank(message = "{refused.tag.nameMissing}")
        @Size(max = TAG_NAME_MAX, message = "{validation.atMost}")
        @Pattern(regexp = "[^,]*", message = "{refused.tag.nameWithComma}") String name) {
}
