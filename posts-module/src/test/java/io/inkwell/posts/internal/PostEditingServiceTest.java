package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.Autosave;
import io.inkwell.posts.AutosaveDraft;
import io.inkwell.posts.EditorPresence;
import io.inkwell.posts.EditorSession;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostEditing;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.StalePostException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Autosave never changes the post, never overwrites newer text, and the editor says who else has the post open. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostEditingServiceTest {

    @Autowired
    PostEditing editing;

    @Autowired
    PostCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor eve;
    PostRef post;

    @BeforeEach
    void givenAdasDraft() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        eve = new Actor(withRole(jdbc, "Eve", Role.EDITOR), Role.EDITOR);
        post = commands.create(ada, new PostDraft("Saved title", null, "Saved text", null, null, Set.of()), false);
    }

    private static AutosaveDraft typed(String content) {
        return new AutosaveDraft("Saved title", "", content, "tea, cups", Set.of());
    }

    private String postRow() {
        return jdbc.queryForObject("select title || '|' || content || '|' || version || '|' || updated_at from posts where id = ?",
                String.class, post.id());
    }

    @Test
    void anAutosaveNeverChangesThePostAndIsOfferedBackWhenTheEditorOpens() {
        String before = postRow();

        editing.autosave(ada, post.id(), 0, typed("Typed but not saved"));

        assertThat(postRow()).isEqualTo(before);
        EditorSession session = editing.open(ada, post.id());
        Autosave offered = session.autosave().orElseThrow();
        assertThat(offered.content()).isEqualTo("Typed but not saved");
        assertThat(offered.tags()).isEqualTo("tea, cups");
        assertThat(offered.onCurrentVersion()).isTrue();
        assertThat(offered.excerpt()).as("a blank excerpt is none").isNull();
        assertThat(editing.open(eve, post.id()).autosave()).as("Ada's autosave is hers").isEmpty();
    }

    @Test
    void anAutosaveHoldingWhatThePostHoldsIsNotOffered() {
        editing.autosave(ada, post.id(), 0, typed("Saved text"));

        assertThat(editing.open(ada, post.id()).autosave()).isEmpty();
        assertThat(editing.autosaveOf(ada, post.id())).isPresent();
    }

    @Test
    void anAutosaveFromATabThatLoadedAnOlderVersionIsRefusedAndStoresNothing() {
        editing.autosave(ada, post.id(), 0, typed("Before the save"));
        commands.update(eve, post.id(), 0, new PostDraft("Saved title", null, "Eve's newer text", null, null, Set.of()), false);

        assertThatThrownBy(() -> editing.autosave(ada, post.id(), 0, typed("From the old tab")))
                .isInstanceOf(StalePostException.class);

        Autosave kept = editing.autosaveOf(ada, post.id()).orElseThrow();
        assertThat(kept.content()).isEqualTo("Before the save");
        assertThat(kept.onCurrentVersion()).as("made on the older version").isFalse();
    }

    @Test
    void savingThePostEndsTheSaversAutosave() {
        editing.autosave(ada, post.id(), 0, typed("Typed"));

        commands.update(ada, post.id(), 0, new PostDraft("Saved title", null, "Typed", null, null, Set.of()), false);

        assertThat(editing.autosaveOf(ada, post.id())).isEmpty();
    }

    @Test
    void discardDeletesTheAutosave() {
        editing.autosave(ada, post.id(), 0, typed("Typed"));

        editing.discardAutosave(ada, post.id());

        assertThat(editing.autosaveOf(ada, post.id())).isEmpty();
    }

    @Test
    void twoPeopleInOneEditorAreToldAboutEachOther() {
        assertThat(editing.open(ada, post.id()).othersEditing()).isEmpty();

        EditorSession eves = editing.open(eve, post.id());

        assertThat(eves.othersEditing()).extracting(EditorPresence::userId).containsExactly(ada.userId());
        assertThat(editing.stillEditing(ada, post.id())).extracting(EditorPresence::userId).containsExactly(eve.userId());
        assertThat(editing.autosave(ada, post.id(), 0, typed("x"))).extracting(EditorPresence::userId)
                .containsExactly(eve.userId());
    }

    @Test
    void onlyThoseWhoMayEditThePostAutosaveItAndAPostThatIsGoneIsNotFound() {
        Actor bob = new Actor(author(jdbc, "Bob"), Role.USER);

        assertThatThrownBy(() -> editing.autosave(bob, post.id(), 0, typed("x"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> editing.open(bob, post.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> editing.stillEditing(ada, UUID.randomUUID())).isInstanceOf(PostNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from post_autosaves", Integer.class)).isZero();
    }

    @Test
    void textTooLongToSaveIsTooLongToAutosave() {
        assertThatThrownBy(() -> editing.autosave(ada, post.id(), 0, typed("x".repeat(PostLimits.CONTENT_MAX + 1))))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> editing.autosave(ada, post.id(), 0,
                new AutosaveDraft("t".repeat(PostLimits.TITLE_MAX + 1), null, "x", null, null)))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> editing.autosave(ada, post.id(), 0,
                new AutosaveDraft("t", null, "x", "t".repeat(PostLimits.TAGS_FIELD_MAX + 1), null)))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("tags"));
    }
}
