package io.inkwell.posts.internal;

import io.inkwell.posts.CategoryRef;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.TagRef;
import io.inkwell.posts.internal.LinkRow.LinkKind;
import java.util.List;

/** A post page's rows (one per category and tag, the post's columns repeated) as one {@link PostDetail}. */
final class PostDetails {

    private PostDetails() {
    }

    /** {@code rows} must not be empty; {@code uncountedViews} are views counted in memory and not yet flushed. */
    static PostDetail of(List<DetailRow> rows, long uncountedViews) {
        DetailRow post = rows.get(0);
        List<CategoryRef> categories = rows.stream().filter(row -> row.linkKind() == LinkKind.CATEGORY)
                .map(row -> new CategoryRef(row.linkId(), row.linkName(), row.linkSlug())).toList();
        List<TagRef> tags = rows.stream().filter(row -> row.linkKind() == LinkKind.TAG)
                .map(row -> new TagRef(row.linkId(), row.linkName(), row.linkSlug())).toList();
        return new PostDetail(post.id(), post.authorId(), post.title(), post.slug(), post.contentHtml(), post.excerpt(),
                post.featuredImageUrl(), post.status(), post.viewCount() + uncountedViews, post.publishedAt(),
                post.updatedAt(), post.readingMinutes(), categories, tags, post.seo(), Languages.of(post.language()));
    }
}
