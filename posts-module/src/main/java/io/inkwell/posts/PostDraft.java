package io.inkwell.posts;

import java.util.Set;
import java.util.UUID;

/**
 * The fields an author writes. A blank slug is made from the title; a blank excerpt is taken from the
 * start of the text. How long each field may be is {@link PostLimits}.
 */
public record PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                        Set<UUID> categoryIds, SeoFields seo) {

    public PostDraft {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        seo = seo == null ? SeoFields.NONE : seo;
    }

    /** A draft that tells search engines nothing beyond its title and excerpt. */
    public PostDraft(String title, String slug, String content, String excerpt, String featuredImageUrl,
                     Set<UUID> categoryIds) {
        this(title, slug, content, excerpt, featuredImageUrl, categoryIds, SeoFields.NONE);
    }
}
