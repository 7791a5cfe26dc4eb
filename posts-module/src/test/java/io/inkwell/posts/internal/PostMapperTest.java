package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SeoFields;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostMapperTest {

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        jdbc.update("delete from posts");
        ada = author(jdbc, "Ada");
    }

    @Test
    void insertAndSelectById() {
        PostRow draft = draft(ada, "First steps", "first-steps");

        posts.insert(draft);

        PostRow found = posts.selectById(draft.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("First steps");
        assertThat(found.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(found.version()).isZero();
        assertThat(found.contentHtml()).isEqualTo("<p>Some <em>Markdown</em></p>");
        assertThat(posts.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void updateOfTheCurrentVersionWinsAndMovesTheVersionOn() {
        PostRow draft = draft(ada, "Old title", "old-title");
        posts.insert(draft);
        PostRow edited = new PostRow(draft.id(), ada, "New title", "new-title", "x", "<p>x</p>", null, null,
                PostStatus.DRAFT, 0, null, 0, null, null, null, null, false, "en");

        assertThat(posts.update(edited)).isEqualTo(1);
        assertThat(posts.update(edited)).as("the same stale version again").isZero();
        PostRow found = posts.selectById(draft.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("New title");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void theSearchEngineFieldsAreWrittenByInsertAndUpdateAndReadByBothSelects() {
        PostRow post = new PostRow(UUID.randomUUID(), ada, "Title", "title", "x", "<p>x</p>", null, null,
                PostStatus.PUBLISHED, 0, Instant.parse("2026-03-01T10:00:00Z"), 0, null, null, "For results",
                "Described", true, "en");
        posts.insert(post);
        assertThat(posts.selectById(post.id()).orElseThrow().seo())
                .isEqualTo(new SeoFields("For results", "Described", true));

        posts.update(new PostRow(post.id(), ada, "Title", "title", "x", "<p>x</p>", null, null, PostStatus.PUBLISHED, 0,
                post.publishedAt(), 0, null, null, null, "Described again", false, "en"));

        assertThat(posts.selectById(post.id()).orElseThrow().seo())
                .isEqualTo(new SeoFields(null, "Described again", false));
        assertThat(posts.selectDetailBySlug("title")).singleElement().satisfies(row -> assertThat(row.seo())
                .isEqualTo(new SeoFields(null, "Described again", false)));
    }

    @Test
    void deleteById() {
        PostRow draft = draft(ada, "Short-lived", "short-lived");
        posts.insert(draft);

        assertThat(posts.deleteById(draft.id())).isEqualTo(1);
        assertThat(posts.selectById(draft.id())).isEmpty();
    }
}
