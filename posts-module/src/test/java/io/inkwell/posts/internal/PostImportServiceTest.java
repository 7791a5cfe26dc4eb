package io.inkwell.posts.internal;

import static io.inkwell.posts.test.PostRows.category;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.ContentImportResult;
import io.inkwell.posts.ImportedCategory;
import io.inkwell.posts.ImportedPage;
import io.inkwell.posts.ImportedPost;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostImagesChanged;
import io.inkwell.posts.PostImports;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
@RecordApplicationEvents
class PostImportServiceTest {

    private static final Instant MAY_2019 = Instant.parse("2019-05-04T10:15:30Z");
    private static final Instant JUNE_2019 = Instant.parse("2019-06-01T08:00:00Z");

    @Autowired
    PostImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Actor admin;
    UUID ada;

    @BeforeEach
    void anAdminAndAnAuthor() {
        jdbc.update("delete from posts");
        jdbc.update("delete from pages");
        jdbc.update("delete from categories");
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
        ada = author(jdbc, "Ada");
    }

    private ImportedPost post(String title, String slug, String html, PostStatus status) {
        return new ImportedPost(ada, title, slug, html, null, null, status, status == PostStatus.PUBLISHED ? MAY_2019 : null,
                MAY_2019, JUNE_2019, Set.of(), List.of(), null);
    }

    @Test
    void aPublishedPostKeepsItsDatesSlugAndTextAndAnnouncesItself() {
        ContentImportResult result = imports.importPosts(admin, List.of(new ImportedPost(ada, "Hello", "hello-world",
                "<p>Hello <em>world</em> <img src=\"https://old.example/a.jpg\" alt=\"a\"></p>", "A greeting",
                "https://old.example/cover.jpg", PostStatus.PUBLISHED, MAY_2019, MAY_2019, JUNE_2019, Set.of(),
                List.of("Greetings", "greetings", "News"), null))).get(0);

        assertThat(result.slug()).isEqualTo("hello-world");
        Map<String, Object> row = jdbc.queryForMap("select * from posts where id = ?", result.id());
        assertThat(row.get("status")).isEqualTo("published");
        assertThat(((java.sql.Timestamp) row.get("published_at")).toInstant()).isEqualTo(MAY_2019);
        assertThat(((java.sql.Timestamp) row.get("created_at")).toInstant()).isEqualTo(MAY_2019);
        assertThat(((java.sql.Timestamp) row.get("updated_at")).toInstant()).isEqualTo(JUNE_2019);
        assertThat(row.get("content")).asString().contains("*world*");
        assertThat(row.get("content_html")).asString().contains("<em>world</em>");
        assertThat(row.get("excerpt")).isEqualTo("A greeting");
        assertThat(jdbc.queryForList("select t.name from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ? order by 1",
                String.class, result.id())).containsExactly("Greetings", "News");
        assertThat(events.stream(PostPublished.class)).singleElement()
                .satisfies(published -> assertThat(published.postId()).isEqualTo(result.id()));
        assertThat(events.stream(PostImagesChanged.class)).singleElement()
                .satisfies(images -> assertThat(images.imageUrls()).contains("https://old.example/cover.jpg", "https://old.example/a.jpg"));
    }

    @Test
    void aTakenSlugGetsTheNextFreeSuffixAndABlankOneComesFromTheTitle() {
        List<ContentImportResult> results = imports.importPosts(admin, List.of(
                post("First", "same", "<p>a</p>", PostStatus.DRAFT),
                post("Second", "same", "<p>b</p>", PostStatus.DRAFT),
                post("Crème brûlée", "", "<p>c</p>", PostStatus.DRAFT)));

        assertThat(results).extracting(ContentImportResult::slug).containsExactly("same", "same-2", "creme-brulee");
    }

    @Test
    void aPostBreakingARuleIsRefusedWithItsReasonAndTheOthersAreImported() {
        List<ContentImportResult> results = imports.importPosts(admin, List.of(
                post(" ", "untitled", "<p>x</p>", PostStatus.DRAFT),
                post("Long", "long", "<p>" + "x".repeat(PostLimits.CONTENT_MAX + 1) + "</p>", PostStatus.DRAFT),
                new ImportedPost(ada, "Bad image", null, "<p>x</p>", null, "ftp://old.example/a.jpg", PostStatus.DRAFT,
                        null, MAY_2019, MAY_2019, Set.of(), List.of(), null),
                post("Fine", "fine", "<p>x</p>", PostStatus.DRAFT)));

        assertThat(results.get(0).refusal().code()).isEqualTo("refused.post.titleMissing");
        assertThat(results.get(1).refusal().english()).contains("200,000");
        assertThat(results.get(2).refusal().english()).contains("http");
        assertThat(results.get(3).isRefused()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isOne();
    }

    @Test
    void categoriesAreReusedByNameAndCreatedOtherwiseAndPostsAreListedInThem() {
        UUID existing = category(jdbc, "Travel", "travel");

        Map<String, UUID> ids = imports.importCategories(admin, List.of(new ImportedCategory("travel", "old"),
                new ImportedCategory("Food & Drink", "Recipes"), new ImportedCategory("", null)));
        ContentImportResult result = imports.importPosts(admin, List.of(new ImportedPost(ada, "Trip", null, "<p>x</p>", null,
                null, PostStatus.PUBLISHED, MAY_2019, MAY_2019, MAY_2019, Set.of(ids.get("travel"), ids.get("Food & Drink")),
                List.of(), null))).get(0);

        assertThat(ids).containsEntry("travel", existing).containsOnlyKeys("travel", "Food & Drink");
        assertThat(jdbc.queryForObject("select slug from categories where id = ?", String.class, ids.get("Food & Drink")))
                .isEqualTo("food-drink");
        assertThat(jdbc.queryForList("select post_count from categories order by name", Integer.class)).containsExactly(1, 1);
        assertThat(jdbc.queryForObject("select count(*) from post_categories where post_id = ?", Integer.class, result.id()))
                .isEqualTo(2);
    }

    @Test
    void pagesKeepTheirSlugUnlessARouteOrAnotherPageHasIt() {
        List<ContentImportResult> results = imports.importPages(admin, List.of(
                new ImportedPage("About", "about", "<p>Me</p>", PageStatus.PUBLISHED, MAY_2019, MAY_2019, JUNE_2019, null),
                new ImportedPage("About again", "about", "<p>Me</p>", PageStatus.DRAFT, null, MAY_2019, MAY_2019, null),
                new ImportedPage("Admin", "admin", "<p>Me</p>", PageStatus.DRAFT, null, MAY_2019, MAY_2019, null),
                new ImportedPage("", "empty", "<p>Me</p>", PageStatus.DRAFT, null, MAY_2019, MAY_2019, null)));

        assertThat(results).extracting(ContentImportResult::slug).containsExactly("about", "about-2", "admin-2", null);
        assertThat(results.get(3).refusal().code()).isEqualTo("refused.page.titleMissing");
        assertThat(jdbc.queryForObject("select published_at from pages where slug = 'about'", java.sql.Timestamp.class).toInstant())
                .isEqualTo(MAY_2019);
    }

    @Test
    void aPostOrPageIsInTheLanguageTheImportNamesAndOneTheSiteDoesNotOfferIsRefused() {
        List<ContentImportResult> posts = imports.importPosts(admin, List.of(
                new ImportedPost(ada, "Wohnen", null, "<p>Wir wohnen in alten Häusern.</p>", null, null, PostStatus.PUBLISHED,
                        MAY_2019, MAY_2019, MAY_2019, Set.of(), List.of(), "de"),
                new ImportedPost(ada, "Bonjour", null, "<p>Les maisons</p>", null, null, PostStatus.DRAFT,
                        null, MAY_2019, MAY_2019, Set.of(), List.of(), "fr")));
        List<ContentImportResult> pages = imports.importPages(admin, List.of(
                new ImportedPage("Über uns", null, "<p>Wir</p>", PageStatus.PUBLISHED, MAY_2019, MAY_2019, MAY_2019, "de")));

        assertThat(jdbc.queryForObject("select language from posts where id = ?", String.class, posts.get(0).id())).isEqualTo("de");
        assertThat(jdbc.queryForObject("select search_vector @@ to_tsquery('german', 'Häuser') from post_search where post_id = ?",
                Boolean.class, posts.get(0).id())).as("indexed by German word forms").isTrue();
        assertThat(posts.get(1).refusal().code()).isEqualTo("refused.post.languageNotOffered");
        assertThat(jdbc.queryForObject("select language from pages where id = ?", String.class, pages.get(0).id())).isEqualTo("de");
    }

    @Test
    void onlyAdminsImport() {
        Actor author = new Actor(ada, Role.USER);

        assertThatThrownBy(() -> imports.importPosts(author, List.of())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> imports.importPages(author, List.of())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> imports.importCategories(author, List.of())).isInstanceOf(NotAllowedException.class);
    }
}
