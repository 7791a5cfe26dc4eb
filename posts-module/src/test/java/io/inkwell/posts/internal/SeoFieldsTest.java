package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SeoFields;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What an author tells search engines about a post: kept, checked, shown to the editor and to the post page. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class SeoFieldsTest {

    @Autowired
    PostCommands commands;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    PostReading reading;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
    }

    private static PostDraft draft(SeoFields seo) {
        return new PostDraft("Engines", null, "On engines.", null, null, Set.of(), List.of(), seo);
    }

    @Test
    void theFieldsAreKeptAndShownToTheEditorAndThePage() {
        PostRef post = commands.create(ada, draft(new SeoFields("Engines, explained", "How engines work.", true)), true);

        assertThat(authoring.forEditing(post.id(), ada).seo())
                .isEqualTo(new SeoFields("Engines, explained", "How engines work.", true));
        assertThat(reading.findBySlug(post.slug(), null).orElseThrow().seo())
                .isEqualTo(new SeoFields("Engines, explained", "How engines work.", true));
    }

    @Test
    void aDraftWithoutThemTellsSearchEnginesNothingMore() {
        PostRef post = commands.create(ada, new PostDraft("Plain", null, "Text", null, null, Set.of()), true);

        assertThat(reading.findBySlug(post.slug(), null).orElseThrow().seo()).isEqualTo(SeoFields.NONE);
    }

    @Test
    void blankTextsAreNoTextAndSurroundingSpaceIsDropped() {
        PostRef post = commands.create(ada, draft(new SeoFields("   ", "\n  A description.  \n", false)), false);

        assertThat(authoring.forEditing(post.id(), ada).seo()).isEqualTo(new SeoFields(null, "A description.", false));
    }

    @Test
    void editingChangesThemAndMovesTheLastChange() {
        PostRef post = commands.create(ada, draft(SeoFields.NONE), true);
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")),
                post.id());
        int version = authoring.forEditing(post.id(), ada).version();

        commands.update(ada, post.id(), version, draft(new SeoFields("Better title", null, true)), false);

        assertThat(authoring.forEditing(post.id(), ada).seo()).isEqualTo(new SeoFields("Better title", null, true));
        assertThat(jdbc.queryForObject("select updated_at from posts where id = ?", Instant.class, post.id()))
                .as("search engines should read the page again").isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void tooLongTextsAreFieldErrorsAndNothingIsStored() {
        String title = "t".repeat(PostLimits.SEO_TITLE_MAX + 1);
        String description = "d".repeat(PostLimits.META_DESCRIPTION_MAX + 1);

        assertThatThrownBy(() -> commands.create(ada, draft(new SeoFields(title, null, false)), true))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("seoTitle"));
        assertThatThrownBy(() -> commands.create(ada, draft(new SeoFields(null, description, false)), true))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("metaDescription"));
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
    }

    @Test
    void textsOfExactlyTheLimitsAreKept() {
        SeoFields longest = new SeoFields("t".repeat(PostLimits.SEO_TITLE_MAX), "d".repeat(PostLimits.META_DESCRIPTION_MAX), false);

        PostRef post = commands.create(ada, draft(longest), true);

        assertThat(authoring.forEditing(post.id(), ada).seo()).isEqualTo(longest);
    }
}
