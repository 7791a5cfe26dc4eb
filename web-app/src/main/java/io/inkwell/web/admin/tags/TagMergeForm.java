package io.inkwell.web.admin.tags;

import static io.inkwell.posts.PostLimits.TAG_NAME_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Merging a tag into another, named as it is written (whatever the case). */
record TagMergeForm(
        @NotBlank(message = "{validation.tagToMergeIntoMissing}")
        @Size(max = TAG_NAME_MAX, message = "{validation.atMost}") String into) {
}
