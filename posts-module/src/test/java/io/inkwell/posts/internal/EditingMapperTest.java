package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.test.PostRows;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class EditingMapperTest {

    @Autowired
    EditingMapper editing;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID bob;
    UUID post;

    @BeforeEach
    void givenAPost() {
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
        post = PostRows.draft(jdbc, ada, "Post", "post-" + UUID.randomUUID());
    }

    private AutosaveRow autosave(UUID user, String content, int baseVersion) {
        return new AutosaveRow(post, user, "Title", "Excerpt", content, "java, sql", new UUID[] {ada}, baseVersion, null);
    }

    @Test
    void upsertAutosaveStoresAndReplacesThePersonsAutosaveOfTheCurrentVersion() {
        assertThat(editing.upsertAutosave(autosave(ada, "first", 0))).isEqualTo(1);
        assertThat(editing.upsertAutosave(autosave(ada, "second", 0))).isEqualTo(1);

        AutosaveRow found = editing.selectAutosave(post, ada).orElseThrow();
        assertThat(found.content()).isEqualTo("second");
        assertThat(found.tags()).isEqualTo("java, sql");
        assertThat(found.categoryIds()).containsExactly(ada);
        assertThat(found.savedAt()).isNotNull();
        assertThat(editing.selectAutosave(post, bob)).isEmpty();
    }

    @Test
    void anAutosaveOfAVersionThePostNoLongerHasIsNotStored() {
        jdbc.update("update posts set version = 3 where id = ?", post);

        assertThat(editing.upsertAutosave(autosave(ada, "from an old tab", 2))).isZero();

        assertThat(editing.selectAutosave(post, ada)).isEmpty();
    }

    @Test
    void anAutosaveMadeOnANewerVersionIsNotReplacedByOneMadeOnAnOlder() {
        jdbc.update("update posts set version = 3 where id = ?", post);
        editing.upsertAutosave(autosave(ada, "newer", 3));
        // The post's version moved back is impossible; a lower base version can only come from an older tab.
        jdbc.update("update post_autosaves set base_version = 4 where post_id = ?", post);

        assertThat(editing.upsertAutosave(autosave(ada, "older", 3))).isZero();

        assertThat(editing.selectAutosave(post, ada).orElseThrow().content()).isEqualTo("newer");
    }

    @Test
    void deleteAutosaveRemovesOnlyThatPersonsAutosave() {
        editing.upsertAutosave(autosave(ada, "ada's", 0));
        editing.upsertAutosave(autosave(bob, "bob's", 0));

        editing.deleteAutosave(post, ada);

        assertThat(editing.selectAutosave(post, ada)).isEmpty();
        assertThat(editing.selectAutosave(post, bob)).isPresent();
    }

    @Test
    void othersEditingAreThoseSeenWithinTheWindowButTheAsker() {
        editing.touchPresence(post, ada);
        editing.touchPresence(post, bob);
        editing.touchPresence(post, bob);
        UUID gone = author(jdbc, "Gone");
        editing.touchPresence(post, gone);
        jdbc.update("update post_editors set seen_at = now() - interval '10 minutes' where user_id = ?", gone);

        assertThat(editing.selectOthersEditing(post, ada, 2)).extracting(PresenceRow::userId).containsExactly(bob);
        assertThat(editing.selectOthersEditing(post, bob, 2)).extracting(PresenceRow::userId).containsExactly(ada);
    }

    @Test
    void deleteStalePresenceForgetsWhoWasSeenMoreThanADayAgo() {
        editing.touchPresence(post, ada);
        editing.touchPresence(post, bob);
        jdbc.update("update post_editors set seen_at = now() - interval '2 days' where user_id = ?", bob);

        assertThat(editing.deleteStalePresence()).isEqualTo(1);

        assertThat(jdbc.queryForList("select user_id from post_editors where post_id = ?", UUID.class, post)).containsExactly(ada);
    }
}
