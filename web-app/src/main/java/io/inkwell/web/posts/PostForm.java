package io.inkwell.web.posts;

import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostForEditing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The authoring form; {@code version} is the post's version when the form was opened. */
record PostForm(
        @NotBlank(message = "A post needs a title.") @Size(max = 255, message = "At most 255 characters.") String title,
        @Size(max = 80, message = "At most 80 characters.") String slug,
        @Size(max = 200_000, message = "At most 200,000 characters.") String content,
        @Size(max = 1000, message = "At most 1,000 characters.") String excerpt,
        @Size(max = 500, message = "At most 500 characters.")
        @Pattern(regexp = "^$|^https?://\\S+$", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "The image must be an http:// or https:// address.") String featuredImageUrl,
        List<UUID> categoryIds,
        Integer version) {

    static PostForm empty() {
        return new PostForm("", "", "", "", "", List.of(), 0);
    }

    static PostForm of(PostForEditing post) {
        return new PostForm(post.title(), post.slug(), post.content(), post.excerpt(), post.featuredImageUrl(),
                List.copyOf(post.categoryIds()), post.version());
    }

    PostDraft toDraft() {
        return new PostDraft(title, slug, content, excerpt, featuredImageUrl,
                categoryIds == null ? null : new HashSet<>(categoryIds));
    }

    public int versionOrZero() {
        return version == null ? 0 : version;
    }

    public boolean hasCategory(UUID id) {
        return categoryIds != null && categoryIds.contains(id);
    }
}
