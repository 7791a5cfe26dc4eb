package io.inkwell.posts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The fields an author writes. A blank slug is made from the title; a blank excerpt is taken from the
 * start of the text. How long each field may be is {@link PostLimits}. {@code tags} are names as typed: the
 * posts context trims them, ignores blanks and repeats, matches existing tags whatever their case and creates
 * the others. A post is saved with exactly these categories and tags. {@code seo} is what search engines are
 * told about it ({@link SeoFields}). {@code language} is the code of the language it is written in (one
 * {@link io.inkwell.settings.SiteLanguage} offers): its search vector uses that language's word forms. Blank
 * means the site's language for a new post and no change for an edited one.
 */
public record PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                        Set<UUID> categoryIds, List<String> tags, SeoFields seo, String language) {

    public PostDraft {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        tags = tags == null ? List.of() : tags.stream().map(tag -> tag == null ? "" : tag).toList();
        seo = seo == null ? SeoFields.NONE : seo;
    }

    /** A draft in the site's language (or, edited, in the language it has). */
    public PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                     Set<UUID> categoryIds, List<String> tags, SeoFields seo) {
        this(title, slug, content, excerpt, featuredImageUrl, categoryIds, tags, seo, null);
    }

    /** A draft with tags that tells search engines nothing beyond its title and excerpt. */
    public PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                     Set<UUID> categoryIds, List<String> tags) {
        this(title, slug, content, excerpt, featuredImageUrl, categoryIds, tags, SeoFields.NONE, null);
    }

    /** A draft without tags that tells search engines nothing beyond its title and excerpt. */
    public PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                     Set<UUID> categoryIds) {
        this(title, slug, content, excerpt, featuredImageUrl, categoryIds, List.of(), SeoFields.NONE, null);
    }
}
