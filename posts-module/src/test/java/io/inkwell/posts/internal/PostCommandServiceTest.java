package io.inkwell.posts.internal;

import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.StalePostException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostCommandServiceTest {

    @Autowired
    PostCommands commands;

    @Autowired
    PostReading queries;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor bob;
    Actor admin;
    UUID java;
    UUID go;

    @BeforeEach
    void givenAuthorsAndCategories() {
        jdbc.update("delete from posts");
        jdbc.update("delete from categories");
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.USER);
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
        java = category(jdbc, "Java", "java");
        go = category(jdbc, "Go", "go");
    }

    private static PostDraft draft(String title) {
        return new PostDraft(title, null, "Hello **world**, this is *Markdown*.", null, null, Set.of());
    }

    private int postCount(UUID category) {
        return jdbc.queryForObject("select post_count from categories where id = ?", Integer.class, category);
    }

    @Test
    void aNewPostIsADraftWithRenderedHtmlDerivedExcerptAndSlugFromItsTitle() {
        PostRef ref = commands.create(ada, new PostDraft("Crème brûlée!", "", "Hello **world**", "", "", Set.of(java)), false);

        assertThat(ref.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(ref.slug()).isEqualTo("creme-brulee");
        assertThat(jdbc.queryForObject("select content_html from posts where id = ?", String.class, ref.id()))
                .isEqualTo("<p>Hello <strong>world</strong></p>\n");
        assertThat(jdbc.queryForObject("select excerpt from posts where id = ?", String.class, ref.id())).isEqualTo("Hello world");
        assertThat(jdbc.queryForObject("select published_at from posts where id = ?", Instant.class, ref.id())).isNull();
        assertThat(postCount(java)).as("drafts are not counted").isZero();
    }

    @Test
    void anAuthorWhoseAddressIsUnconfirmedWritesDraftsButCannotPublish() {
        Actor unconfirmed = new Actor(ada.userId(), Role.USER, ada.status(), false);
        PostRef draft = commands.create(unconfirmed, draft("Not yet"), false);

        assertThatThrownBy(() -> commands.create(unconfirmed, draft("Now"), true)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.publish(unconfirmed, draft.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.update(unconfirmed, draft.id(), 0, draft("Not yet"), true))
                .isInstanceOf(NotAllowedException.class);
        assertThat(commands.publish(ada, draft.id()).status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void aSecondPostWithTheSameTitleGetsTheNextNumber() {
        assertThat(commands.create(ada, draft("Same"), false).slug()).isEqualTo("same");
        assertThat(commands.create(bob, draft("Same"), false).slug()).isEqualTo("same-2");
        assertThat(commands.create(bob, draft("Same"), false).slug()).isEqualTo("same-3");
    }

    @Test
    void publishingSetsPublishedAtOnlyOnce() {
        PostRef ref = commands.create(ada, new PostDraft("Post", null, "x", null, null, Set.of(java, go)), true);
        Instant first = jdbc.queryForObject("select published_at from posts where id = ?", Instant.class, ref.id());
        assertThat(postCount(java)).isEqualTo(1);

        commands.archive(ada, ref.id());
        assertThat(postCount(java)).isZero();
        commands.returnToDraft(ada, ref.id());
        commands.publish(ada, ref.id());

        assertThat(jdbc.queryForObject("select published_at from posts where id = ?", Instant.class, ref.id())).isEqualTo(first);
        assertThat(postCount(go)).isEqualTo(1);
    }

    @Test
    void aStaleFormIsRefusedAndChangesNothing() {
        PostRef ref = commands.create(ada, draft("Original"), false);
        commands.update(ada, ref.id(), 0, new PostDraft("First edit", "original", "a", null, null, Set.of(java)), false);

        assertThatThrownBy(() -> commands.update(admin, ref.id(), 0,
                new PostDraft("Second edit", "original", "b", null, null, Set.of(go)), false))
                .isInstanceOf(StalePostException.class).hasMessageContaining("changed by someone else");
        PostForEditing now = authoring.forEditing(ref.id(), ada);
        assertThat(now.title()).isEqualTo("First edit");
        assertThat(now.categoryIds()).containsExactly(java);
        assertThat(now.version()).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorOrAnAdminMayChangeAPost() {
        PostRef ref = commands.create(ada, draft("Mine"), false);

        assertThatThrownBy(() -> commands.update(bob, ref.id(), 0, draft("Theirs"), false))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.publish(bob, ref.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.delete(bob, ref.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> authoring.forEditing(ref.id(), bob)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.create(new Actor(UUID.randomUUID(), Role.GUEST), draft("x"), false))
                .isInstanceOf(NotAllowedException.class);

        commands.delete(admin, ref.id());
        assertThatThrownBy(() -> commands.publish(ada, ref.id())).isInstanceOf(PostNotFoundException.class);
    }

    @Test
    void renamingAPublishedPostsSlugKeepsTheOldUrlAsARedirect() {
        PostRef ref = commands.create(ada, draft("Old name"), true);

        PostRef renamed = commands.update(ada, ref.id(), 0, new PostDraft("Old name", "New Name", "x", null, null, Set.of()), false);

        assertThat(renamed.slug()).isEqualTo("new-name");
        assertThat(queries.currentSlugOf("old-name")).contains("new-name");
        assertThat(queries.findBySlug("new-name", null)).isPresent();

        commands.update(ada, ref.id(), 1, new PostDraft("Old name", "old-name", "x", null, null, Set.of()), false);
        assertThat(queries.currentSlugOf("old-name")).as("the live slug is no redirect").isEmpty();
        assertThat(queries.currentSlugOf("new-name")).contains("old-name");
    }

    @Test
    void aSlugOfAnotherPostIsAFieldError() {
        commands.create(ada, draft("Taken"), false);
        PostRef mine = commands.create(bob, draft("Mine"), false);

        assertThatThrownBy(() -> commands.update(bob, mine.id(), 0, new PostDraft("Mine", "taken", "x", null, null, Set.of()), false))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThatThrownBy(() -> commands.create(bob, new PostDraft("Other", "taken", "x", null, null, Set.of()), false))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThatThrownBy(() -> commands.create(bob, new PostDraft("Other", "!!!", "x", null, null, Set.of()), false))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("slug"));
    }

    @Test
    void badFieldsAreFieldErrors() {
        assertField(new PostDraft(" ", null, "x", null, null, Set.of()), "title");
        assertField(new PostDraft("t".repeat(PostLimits.TITLE_MAX + 1), null, "x", null, null, Set.of()), "title");
        assertField(new PostDraft("T", null, "x".repeat(PostLimits.CONTENT_MAX + 1), null, null, Set.of()), "content");
        assertField(new PostDraft("T", null, "x", "e".repeat(PostLimits.EXCERPT_MAX + 1), null, Set.of()), "excerpt");
        assertField(new PostDraft("T", null, "x", null, "javascript:alert(1)", Set.of()), "featuredImageUrl");
        assertField(new PostDraft("T", null, "x", null, "ftp://files.example/a.png", Set.of()), "featuredImageUrl");
        assertField(new PostDraft("T", null, "x", null, "https://img.example/" + "a".repeat(PostLimits.IMAGE_URL_MAX), Set.of()),
                "featuredImageUrl");
        assertField(new PostDraft("T", null, "x", null, null, Set.of(UUID.randomUUID())), "categoryIds");
    }

    private void assertField(PostDraft draft, String field) {
        assertThatThrownBy(() -> commands.create(ada, draft, false))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void editingKeepsAnExplicitExcerptAndImageAndSwapsCategories() {
        PostRef ref = commands.create(ada, new PostDraft("Post", null, "x", null, null, Set.of(java)), true);

        commands.update(ada, ref.id(), 0, new PostDraft("Post", "post", "Body\u0000 text", "My excerpt",
                "https://img.example/a.png", Set.of(go)), false);

        PostDetail detail = queries.findBySlug("post", null).orElseThrow();
        assertThat(detail.excerpt()).isEqualTo("My excerpt");
        assertThat(detail.featuredImageUrl()).isEqualTo("https://img.example/a.png");
        assertThat(detail.categories()).extracting(c -> c.slug()).containsExactly("go");
        assertThat(postCount(java)).isZero();
        assertThat(postCount(go)).isEqualTo(1);
        assertThat(authoring.forEditing(ref.id(), ada).excerpt()).isEqualTo("My excerpt");
    }

    @Test
    void draftsAreVisibleOnlyToTheirAuthorAndAdmins() {
        PostRef ref = commands.create(ada, draft("Secret"), false);

        assertThat(queries.findBySlug(ref.slug(), null)).isEmpty();
        assertThat(queries.findBySlug(ref.slug(), bob)).isEmpty();
        assertThat(queries.findBySlug(ref.slug(), ada)).isPresent();
        assertThat(queries.findBySlug(ref.slug(), admin)).isPresent();
    }

    @Test
    void viewsAreCountedForPublishedPosts() {
        PostRef ref = commands.create(ada, draft("Read me"), true);

        commands.recordView(ref.id());
        commands.recordView(ref.id());

        assertThat(queries.findBySlug(ref.slug(), null).orElseThrow().viewCount()).isEqualTo(2);
    }

    @Test
    void previewRendersAndSanitises() {
        assertThat(commands.preview("**hi** <script>x</script>").strip()).isEqualTo("<p><strong>hi</strong> </p>");
    }
}
