package io.inkwell.web.posts;

import static io.inkwell.posts.PostLimits.CONTENT_MAX;
import static io.inkwell.posts.PostLimits.EXCERPT_MAX;
import static io.inkwell.posts.PostLimits.IMAGE_URL_MAX;
import static io.inkwell.posts.PostLimits.META_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.SEO_TITLE_MAX;
import static io.inkwell.posts.PostLimits.SLUG_MAX;
import static io.inkwell.posts.PostLimits.TITLE_MAX;

import io.inkwell.posts.Autosave;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.Publication;
import io.inkwell.posts.PublishTime;
import io.inkwell.posts.Revision;
import io.inkwell.posts.SeoFields;
import io.inkwell.posts.TagField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The authoring form; {@code tags} is the Tags field (names separated by commas), {@code version} the post's
 * version when the form was opened. An unchecked box sends nothing, so {@code hiddenFromSearch} is null then,
 * read as no. {@code language} is a language's code, checked by the posts context (a new form shows the site's).
 * {@code publishAt} is the "Publish at" field as typed (a {@code datetime-local} value) and {@code publishZone} the
 * time zone the form showed it in (the site's, when the form was made): the posts context checks both when
 * "Schedule" is pressed, and a time zone changed meanwhile does not move the time.
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
        String language,
        String publishAt,
        String publishZone) {

    static PostForm empty(String language, ZoneId zone) {
        return new PostForm("", "", "", "", "", List.of(), "", 0, "", "", false, language, "", zone.getId());
    }

    /** The post as saved; a scheduled post's time is shown in {@code zone}. */
    static PostForm of(PostForEditing post, ZoneId zone) {
        return new PostForm(post.title(), post.slug(), post.content(), post.excerpt(), post.featuredImageUrl(),
                List.copyOf(post.categoryIds()), TagField.join(post.tags()), post.version(), post.seo().title(),
                post.seo().description(), post.seo().hiddenFromSearch(), post.language().code(),
                post.scheduledAt() == null ? "" : PublishTime.of(post.scheduledAt(), zone).dateTime(), zone.getId());
    }

    /** The post with the texts, categories and tags of one of its revisions: restoring it is an edit of the current version. */
    PostForm withRevision(Revision revision) {
        return new PostForm(revision.title(), slug, revision.content(), revision.excerpt(), featuredImageUrl,
                List.copyOf(revision.categoryIds()), TagField.join(revision.tagNames()), version, seoTitle, metaDescription,
                hiddenFromSearch, language, publishAt, publishZone);
    }

    /** The post with what its editor autosaved: the texts, categories and tags as they were typed. */
    PostForm withAutosave(Autosave autosave) {
        return new PostForm(autosave.title(), slug, autosave.content(), autosave.excerpt(), featuredImageUrl,
                List.copyOf(autosave.categoryIds()), autosave.tags(), version, seoTitle, metaDescription, hiddenFromSearch,
                language, publishAt, publishZone);
    }

    /** What "Save draft", "Publish", "Schedule" and "Submit for review" ask for besides saving. */
    Publication publication(String action) {
        return switch (action) {
            case "publish" -> Publication.NOW;
            case "schedule" -> Publication.at(new PublishTime(publishAt, publishZone));
            case "submit" -> Publication.FOR_REVIEW;
            default -> Publication.KEEP;
        };
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
