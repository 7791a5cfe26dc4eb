package io.inkwell.posts.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.PostStatus;
import java.time.Instant;
import java.util.UUID;

/** {@link PostRow}s with sensible defaults for the mapper's insert; nothing is written here. */
final class PostRowValues {

    private PostRowValues() {
    }

    static PostRow draft(UUID authorId, String title, String slug) {
        return new PostRow(TimeOrderedIds.next(), authorId, title, slug, "Some *Markdown*", "<p>Some <em>Markdown</em></p>",
                null, null, PostStatus.DRAFT, 0, null, 0, null, null, null, null, false, "en");
    }

    static PostRow published(UUID authorId, String title, String slug, Instant publishedAt) {
        return new PostRow(TimeOrderedIds.next(), authorId, title, slug, "Body of " + title, "<p>Body of " + title + "</p>",
                "About " + title, null, PostStatus.PUBLISHED, 0, publishedAt, 0, null, null, null, null, false, "en");
    }

    static PostRow publishedWith(UUID authorId, String title, String slug, Instant publishedAt, String content) {
        return publishedIn("en", authorId, title, slug, publishedAt, content);
    }

    /** A published post written in {@code language} (a code: {@code en}, {@code de}). */
    static PostRow publishedIn(String language, UUID authorId, String title, String slug, Instant publishedAt,
                               String content) {
        return new PostRow(TimeOrderedIds.next(), authorId, title, slug, content, "<p>" + content + "</p>",
                null, null, PostStatus.PUBLISHED, 0, publishedAt, 0, null, null, null, null, false, language);
    }
}
