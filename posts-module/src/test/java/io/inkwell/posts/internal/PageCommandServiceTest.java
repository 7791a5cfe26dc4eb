package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.PageAdministration;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageForEditing;
import io.inkwell.posts.PageNotFoundException;
import io.inkwell.posts.PageReading;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.StalePageException;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The rules of writing pages: rendering, slugs and their own uniqueness space, reserved addresses, versions. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PageCommandServiceTest {

    @Autowired
    PageCommands commands;

    @Autowired
    PageAdministration administration;

    @Autowired
    PageReading reading;

    @Autowired
    JdbcTemplate jdbc;

    Actor admin;

    @BeforeEach
    void givenAnAdminAndNoPages() {
        jdbc.update("delete from pages");
        admin = new Actor(UUID.randomUUID(), Role.ADMIN);
    }

    private static PageDraft page(String title) {
        return new PageDraft(title, null, "We write about **tea**.");
    }

    private int pageCount() {
        return jdbc.queryForObject("select count(*) from pages", Integer.class);
    }

    /** Bad input is a field error and nothing is stored. */
    private void refusedOn(String field, ThrowingCallable write) {
        int before = pageCount();
        assertThatThrownBy(write).isInstanceOfSatisfying(InvalidPageException.class,
                e -> assertThat(e.field()).isEqualTo(field));
        assertThat(pageCount()).isEqualTo(before);
    }

    @Test
    void aNewPageIsADraftWithSanitisedHtmlAnExcerptAndASlugFromItsTitle() {
        PageRef ref = commands.create(admin, new PageDraft("À propos!", "", "Hello **world** <script>alert(1)</script>"), false);

        assertThat(ref.status()).isEqualTo(PageStatus.DRAFT);
        assertThat(ref.slug()).isEqualTo("a-propos");
        assertThat(jdbc.queryForObject("select content_html from pages where id = ?", String.class, ref.id()))
                .isEqualTo("<p>Hello <strong>world</strong> </p>\n");
        assertThat(jdbc.queryForObject("select excerpt from pages where id = ?", String.class, ref.id())).isEqualTo("Hello world");
        assertThat(reading.published("a-propos")).as("a draft is nobody's to read").isEmpty();
    }

    @Test
    void publishingOnCreateMakesThePageReadableAtItsSlug() {
        PageRef ref = commands.create(admin, page("About"), true);

        assertThat(ref.status()).isEqualTo(PageStatus.PUBLISHED);
        assertThat(reading.published("about")).hasValueSatisfying(view -> {
            assertThat(view.title()).isEqualTo("About");
            assertThat(view.contentHtml()).contains("<strong>tea</strong>");
            assertThat(view.publishedAt()).isNotNull();
        });
    }

    @Test
    void aSecondPageWithTheSameTitleGetsTheNextNumber() {
        assertThat(commands.create(admin, page("Contact"), false).slug()).isEqualTo("contact");
        assertThat(commands.create(admin, page("Contact"), false).slug()).isEqualTo("contact-2");
        assertThat(commands.create(admin, page("Contact"), false).slug()).isEqualTo("contact-3");
    }

    @Test
    void pagesHaveTheirOwnSlugsSoAPostsSlugIsFreeForAPage() {
        PostRows.published(jdbc, UserRows.author(jdbc, "Ada"), "Colophon", "colophon", Instant.now());

        assertThat(commands.create(admin, page("Colophon"), true).slug()).isEqualTo("colophon");
    }

    @Test
    void aSlugTheSiteReservesIsAFieldErrorWhetherChosenOrMadeFromTheTitle() {
        refusedOn("slug", () -> commands.create(admin, new PageDraft("Admin help", "admin", "x"), false));
        refusedOn("slug", () -> commands.create(admin, page("Search"), true));
        assertThatThrownBy(() -> commands.create(admin, new PageDraft("Login", "Login!", "x"), false))
                .hasMessageContaining("/login belongs to the site itself");
    }

    @Test
    void aSlugAnotherPageHasOrHadIsAFieldError() {
        PageRef about = commands.create(admin, page("About"), true);
        commands.update(admin, about.id(), 0, new PageDraft("About", "about-us", "x"), false);

        refusedOn("slug", () -> commands.create(admin, new PageDraft("Other", "about-us", "x"), false));
        refusedOn("slug", () -> commands.create(admin, new PageDraft("Other", "about", "x"), false));
        refusedOn("slug", () -> commands.create(admin, new PageDraft("Other", "---", "x"), false));
    }

    @Test
    void emptyTitleAndOverLongFieldsAreFieldErrors() {
        assertThat(commands.create(admin, new PageDraft("x".repeat(PostLimits.TITLE_MAX), null, "x"), false).slug())
                .as("the longest title makes a slug of the longest length").hasSize(PostLimits.SLUG_MAX);

        refusedOn("title", () -> commands.create(admin, new PageDraft("  ", null, "x"), false));
        refusedOn("title", () -> commands.create(admin, new PageDraft("x".repeat(PostLimits.TITLE_MAX + 1), null, "x"), false));
        refusedOn("slug", () -> commands.create(admin, new PageDraft("T", "x".repeat(PostLimits.SLUG_MAX + 1), "x"), false));
        refusedOn("content", () -> commands.create(admin, new PageDraft("T", null, "x".repeat(PostLimits.CONTENT_MAX + 1)), false));
        refusedOn("content", () -> commands.preview(admin, "x".repeat(PostLimits.CONTENT_MAX + 1)));
    }

    @Test
    void renamingAPublishedPageKeepsItsOldAddressAsARedirect() {
        PageRef ref = commands.create(admin, page("About"), true);

        PageRef renamed = commands.update(admin, ref.id(), 0, new PageDraft("About us", "who-we-are", "x"), false);

        assertThat(renamed.slug()).isEqualTo("who-we-are");
        assertThat(renamed.status()).as("saving keeps the status").isEqualTo(PageStatus.PUBLISHED);
        assertThat(reading.published("about")).isEmpty();
        assertThat(reading.currentSlugOf("about")).hasValue("who-we-are");
    }

    @Test
    void aDraftsOldSlugWasNeverPublicAndLeavesNoRedirect() {
        PageRef ref = commands.create(admin, page("Draft"), false);

        commands.update(admin, ref.id(), 0, new PageDraft("Draft", "renamed", "x"), false);

        assertThat(reading.currentSlugOf("draft")).isEmpty();
    }

    @Test
    void aPageMayTakeBackItsOwnOldSlug() {
        PageRef ref = commands.create(admin, page("About"), true);
        commands.update(admin, ref.id(), 0, new PageDraft("About", "about-us", "x"), false);

        PageRef back = commands.update(admin, ref.id(), 1, new PageDraft("About", "about", "x"), false);

        assertThat(back.slug()).isEqualTo("about");
        assertThat(reading.currentSlugOf("about")).isEmpty();
        assertThat(reading.currentSlugOf("about-us")).hasValue("about");
    }

    @Test
    void aBlankSlugOnEditIsMadeFromTheTitleAgain() {
        PageRef ref = commands.create(admin, page("About"), false);

        assertThat(commands.update(admin, ref.id(), 0, new PageDraft("About", " ", "x"), false).slug()).isEqualTo("about");
        assertThat(commands.update(admin, ref.id(), 1, new PageDraft("Our story", null, "x"), false).slug()).isEqualTo("our-story");
    }

    @Test
    void aStaleFormIsRefusedAndChangesNothing() {
        PageRef ref = commands.create(admin, page("Original"), false);
        commands.update(admin, ref.id(), 0, new PageDraft("First edit", "original", "a"), false);

        assertThatThrownBy(() -> commands.update(admin, ref.id(), 0, new PageDraft("Second edit", "original", "b"), true))
                .isInstanceOf(StalePageException.class).hasMessageContaining("changed by someone else");

        PageForEditing now = administration.forEditing(ref.id(), admin);
        assertThat(now.title()).isEqualTo("First edit");
        assertThat(now.content()).isEqualTo("a");
        assertThat(now.status()).isEqualTo(PageStatus.DRAFT);
        assertThat(now.version()).isEqualTo(1);
    }

    @Test
    void publishingSetsTheDateOnceAndReturningToDraftHidesThePage() {
        PageRef ref = commands.create(admin, page("About"), false);

        commands.publish(admin, ref.id());
        Instant first = administration.forEditing(ref.id(), admin).publishedAt();
        commands.returnToDraft(admin, ref.id());
        assertThat(reading.published("about")).isEmpty();
        commands.publish(admin, ref.id());
        commands.publish(admin, ref.id());

        PageForEditing now = administration.forEditing(ref.id(), admin);
        assertThat(now.publishedAt()).isEqualTo(first);
        assertThat(now.version()).as("publishing a published page changes nothing").isEqualTo(3);
        assertThat(reading.published("about")).isPresent();
    }

    @Test
    void aDraftWhoseSlugTheSiteHasReservedSinceCannotBePublished() {
        UUID draft = PostRows.draftPage(jdbc, "Search tips", "search", "x");

        refusedOn("slug", () -> commands.publish(admin, draft));
        assertThat(administration.forEditing(draft, admin).status()).isEqualTo(PageStatus.DRAFT);
    }

    @Test
    void deletingRemovesThePageAndItsRedirects() {
        PageRef ref = commands.create(admin, page("About"), true);
        commands.update(admin, ref.id(), 0, new PageDraft("About", "about-us", "x"), false);

        commands.delete(admin, ref.id());

        assertThat(pageCount()).isZero();
        assertThat(reading.currentSlugOf("about")).isEmpty();
        assertThatThrownBy(() -> commands.delete(admin, ref.id())).isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void anUnknownPageIsNotFoundForEveryCommand() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> commands.update(admin, unknown, 0, page("x"), false)).isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> commands.publish(admin, unknown)).isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> commands.returnToDraft(admin, unknown)).isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> administration.forEditing(unknown, admin)).isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void thePreviewIsTheSanitisedHtml() {
        assertThat(commands.preview(admin, "# Hi\n\n<img src=x onerror=alert(1)>")).isEqualTo("<h1>Hi</h1>\n<img src=\"x\">\n");
    }
}
