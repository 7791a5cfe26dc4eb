package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.posts.test.PostRows.link;
import static io.inkwell.posts.test.PostRows.tag;
import static io.inkwell.posts.test.PostRows.tagLink;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.AuthorSitemapEntry;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostSitemaps;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SitemapEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The API over the sitemap's statements: files of the protocol's 50,000 addresses, ranges given as optional keys. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostSitemapServiceTest {

    @Autowired
    PostSitemaps sitemaps;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    PostRow first;
    PostRow second;

    @BeforeEach
    void givenTwoPostsInACategoryAndATag() {
        jdbc.update("delete from posts");
        jdbc.update("delete from categories");
        jdbc.update("delete from tags");
        ada = author(jdbc, "Ada");
        first = published(ada, "First", "first", Instant.parse("2026-03-01T10:00:00Z"));
        second = published(ada, "Second", "second", Instant.parse("2026-03-02T10:00:00Z"));
        posts.insert(first);
        posts.insert(second);
        link(jdbc, first.id(), category(jdbc, "Essays", "essays"));
        tagLink(jdbc, second.id(), tag(jdbc, "Tools", "tools"));
    }

    @Test
    void aSmallSiteHasOneFileOfEachKind() {
        assertThat(sitemaps.postFileStarts()).containsExactly(new PostCursor(first.publishedAt(), first.id()));
        assertThat(sitemaps.categoryFileStarts()).containsExactly("essays");
        assertThat(sitemaps.tagFileStarts()).containsExactly("tools");
        assertThat(sitemaps.authorFileStarts()).containsExactly(ada);
    }

    @Test
    void aFileIsTheRangeBetweenItsKeys() {
        Optional<PostCursor> atSecond = Optional.of(new PostCursor(second.publishedAt(), second.id()));

        assertThat(sitemaps.posts(Optional.empty(), Optional.empty())).extracting(SitemapEntry::slug)
                .containsExactly("first", "second");
        assertThat(sitemaps.posts(Optional.empty(), atSecond)).extracting(SitemapEntry::slug).containsExactly("first");
        assertThat(sitemaps.posts(atSecond, Optional.empty())).extracting(SitemapEntry::slug).containsExactly("second");
        assertThat(sitemaps.categories(Optional.of("essays"), Optional.empty())).extracting(SitemapEntry::slug)
                .containsExactly("essays");
        assertThat(sitemaps.categories(Optional.empty(), Optional.of("essays"))).isEmpty();
        assertThat(sitemaps.tags(Optional.of("tools"), Optional.empty())).extracting(SitemapEntry::slug)
                .containsExactly("tools");
        assertThat(sitemaps.tags(Optional.empty(), Optional.of("tools"))).isEmpty();
        assertThat(sitemaps.authors(Optional.of(ada), Optional.empty())).extracting(AuthorSitemapEntry::authorId)
                .containsExactly(ada);
        assertThat(sitemaps.authors(Optional.empty(), Optional.of(ada))).isEmpty();
    }
}
