package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import static io.inkwell.posts.PostLimits.CONTENT_MAX;
import static io.inkwell.posts.PostLimits.EXCERPT_MAX;
import static io.inkwell.posts.PostLimits.IMAGE_URL_MAX;
import static io.inkwell.posts.PostLimits.META_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.SEO_TITLE_MAX;
import static io.inkwell.posts.PostLimits.TITLE_MAX;

import io.inkwell.db.StorableText;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.SeoFields;
import java.net.URI;
import java.util.regex.Pattern;

/** A draft's fields cleaned and checked against the schema's limits, so bad input is a field error, not a 500. */
record PostFields(String title, String content, String excerpt, String featuredImageUrl, SeoFields seo) {

    private static final Pattern HTTP_URL = Pattern.compile("^https?://[^\\s]+$", Pattern.CASE_INSENSITIVE);

    static PostFields check(PostDraft draft) {
        String title = StorableText.blankToNull(draft.title());
        if (title == null) {
            throw new InvalidPostException("title", Refusal.of("refused.post.titleMissing", "A post needs a title."));
        }
        if (title.length() > TITLE_MAX) {
            throw new InvalidPostException("title",
                    Refusal.of("refused.post.titleTooLong", "A title can be at most {0} characters long.", TITLE_MAX));
        }
        String content = StorableText.clean(draft.content() == null ? "" : draft.content());
        if (content.length() > CONTENT_MAX) {
            throw ContentRenderer.tooLong();
        }
        String excerpt = StorableText.blankToNull(draft.excerpt());
        if (excerpt != null && excerpt.length() > EXCERPT_MAX) {
            throw new InvalidPostException("excerpt",
                    Refusal.of("refused.post.excerptTooLong", "An excerpt can be at most {0} characters long.", EXCERPT_MAX));
        }
        return new PostFields(title, content, excerpt, imageUrl(StorableText.blankToNull(draft.featuredImageUrl())),
                seo(draft.seo()));
    }

    /** Blank texts are no text: the page then uses the post's title and excerpt. */
    private static SeoFields seo(SeoFields seo) {
        String title = StorableText.blankToNull(seo.title());
        if (title != null && title.length() > SEO_TITLE_MAX) {
            throw new InvalidPostException("seoTitle", Refusal.of("refused.post.seoTitleTooLong",
                    "A search engine title can be at most {0} characters long.", SEO_TITLE_MAX));
        }
        String description = StorableText.blankToNull(seo.description());
        if (description != null && description.length() > META_DESCRIPTION_MAX) {
            throw new InvalidPostException("metaDescription", Refusal.of("refused.post.metaDescriptionTooLong",
                    "A meta description can be at most {0} characters long.", META_DESCRIPTION_MAX));
        }
        return new SeoFields(title, description, seo.hiddenFromSearch());
    }

    private static String imageUrl(String url) {
        if (url == null) {
            return null;
        }
        if (url.length() > IMAGE_URL_MAX || !HTTP_URL.matcher(url).matches() || !parses(url)) {
            throw new InvalidPostException("featuredImageUrl", Refusal.of("refused.post.imageUrlInvalid",
                    "The image must be an http:// or https:// address."));
        }
        return url;
    }

    private static boolean parses(String url) {
        try {
            return URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
