package io.inkwell.web.admin.pages;

import static io.inkwell.posts.PostLimits.CONTENT_MAX;
import static io.inkwell.posts.PostLimits.SLUG_MAX;
import static io.inkwell.posts.PostLimits.TITLE_MAX;

import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageForEditing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The page editor's form; {@code version} is the page's version when the form was opened, {@code language} a
 * language's code, checked by the posts context (a new form shows the site's).
 */
record PageForm(
        @NotBlank(message = "{refused.page.titleMissing}") @Size(max = TITLE_MAX, message = "{validation.atMost}") String title,
        @Size(max = SLUG_MAX, message = "{validation.atMost}") String slug,
        @Size(max = CONTENT_MAX, message = "{validation.atMost}") String content,
        Integer version,
        String language) {

    static PageForm empty(String language) {
        return new PageForm("", "", "", 0, language);
    }

    static PageForm of(PageForEditing page) {
        return new PageForm(page.title(), page.slug(), page.content(), page.version(), page.language().code());
    }

    PageDraft toDraft() {
        return new PageDraft(title, slug, content, language);
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }
}
