package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Text nobody can type (NUL, other control characters, U+FFFF) is dropped before it is stored, never a 500. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class HostileTextTest {

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
    }

    @Test
    void everyFieldOfAPostIsStoredWithoutCharactersTextCannotHold() {
        PostDraft draft = new PostDraft("Ti\u0000tle\uFFFF", null, "Body\u0000 with\u0001 \u0002marker\r\nline", "Ex\u0000cerpt",
                null, Set.of());

        PostRef ref = commands.create(ada, draft, true);

        Map<String, Object> row = jdbc.queryForMap("select title, content, excerpt from posts where id = ?", ref.id());
        assertThat(row).containsEntry("title", "Title").containsEntry("content", "Body with marker\nline")
                .containsEntry("excerpt", "Excerpt");
        assertThat(ref.slug()).isEqualTo("title");
    }

    @Test
    void aTitleOfNothingButSuchCharactersIsAFieldError() {
        PostDraft draft = new PostDraft("\u0000\uFFFF", null, "Body", null, null, Set.of());

        assertThatThrownBy(() -> commands.create(ada, draft, false)).isInstanceOf(InvalidPostException.class)
                .extracting("field").isEqualTo("title");
    }

    @Test
    void categoryNamesAndDescriptionsAreStoredClean() {
        CategoryView created = categories.create(new Actor(ada.userId(), Role.ADMIN), "Ja\u0000va\uFFFF", "About\u0000 Java");

        assertThat(created.name()).isEqualTo("Java");
        assertThat(created.description()).isEqualTo("About Java");
    }

    @Test
    void thePreviewRefusesWhatCouldNotBeSaved() {
        String tooLong = "x".repeat(PostLimits.CONTENT_MAX + 1);

        assertThatThrownBy(() -> commands.preview(tooLong)).isInstanceOf(InvalidPostException.class)
                .extracting("field").isEqualTo("content");
        assertThat(commands.preview("Hello\u0000 *world*")).isEqualTo("<p>Hello <em>world</em></p>\n");
    }

    @Test
    void theLongestSavableTextStillPreviews() {
        assertThat(commands.preview("y".repeat(PostLimits.CONTENT_MAX))).startsWith("<p>yyy");
    }
}
