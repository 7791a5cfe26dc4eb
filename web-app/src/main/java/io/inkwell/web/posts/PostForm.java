package io.inkwell.web.posts;

import static io.inkwell.posts.PostLimits.CONTENT_MAX;
import static io.inkwell.posts.PostLimits.EXCERPT_MAX;
import static io.inkwell.posts.PostLimits.IMAGE_URL_MAX;
import static io.inkwell.posts.PostLimits.META_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.SEO_TITLE_MAX;
import static io.inkwell.posts.PostLimits.SLUG_MAX;
import static io.inkwell.posts.PostLimits.TITLE_MAX;

import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.SeoFields;
import io.inkwell.posts.TagField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The authoring form; {@code tags} is the Tags field (names separated by commas), {@code version} the post's
 * version when the form was opened. An unchecked box sends nothing, so {@code hiddenFromSearch} is null then,
 * read as no. {@code language} is a language's code, checked by the posts context (a new form shows the site's).
 */
record PostForm(
        @NotBlank(message = "{refused.post.titleMissing}") @Size(max = TITLE_MAX, message = "{validation.atMost}") String title,
        @Size(max = SLUG_MAX, message = "{validation.atMost}") String slug,
        @Size(max = CONTENT_MAX, message = "{validation.atMost}") String content,
        @Size(max = EXCERPT_MAX, message = "{validation.atMost}") String excerpt,
        @Size(max = IMAGE_URL_MAX, message = "{validation.atMost}")
        @Pattern(regexp = "^$|^https?://\\S+$", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{refused.post.imageUrlInvalid}") String featuredImageUrl,
        List<UUID> categoryIds,
        String tags,
        Integer version,
        @Size(max = SEO_TITLE_MAX, message = "{validation.atMost}") String seoTitle,
        @Size(max = META_DESCRIPTION_MAX, message = "{validation.atMost}") String metaDescription,
        Boolean hiddenFromSearch,
        String language) {

    static PostForm empty(String language) {
        return new PostForm("", "", "", "", "", List.of(), "", 0, "", "", false, language);
    }

    static PostForm of(PostForEditing post) {
        return new PostForm(post.title(), post.slug(), post.content(), post.excerpt(), post.featuredImageUrl(),
                List.copyOf(post.categoryIds()), TagField.join(post.tags()), post.version(), post.seo().title(),
                post.seo().description(), post.seo().hiddenFromSearch(), post.language().code());
    }

    /** The tags' names and limits are the posts context's rules: its message shows beside the Tags field. */
    PostDraft toDraft() {
        return new PostDraft(title, slug, content, excerpt, featuredImageUrl,
                categoryIds == null ? null : new HashSet<>(categoryIds), TagField.split(tags),
                new SeoFields(seoTitle, metaDescription, Boolean.TRUE.equals(hiddenFromSearch)), language);
    }

    public int versionOrZero() {
        return version == null ? 0 : version;
    }
}
