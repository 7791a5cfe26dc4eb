package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostImagesChanged;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSubmitted;
import io.inkwell.posts.Publication;
import io.inkwell.posts.PostUnpublished;
import io.inkwell.posts.PostUpdated;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** What the posts context announces: a post going public, leaving the public site, and going away. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
@RecordApplicationEvents
class PostEventsTest {

    @Autowired
    PostCommands commands;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
    }

    private static PostDraft draft(String title) {
        return new PostDraft(title, null, "Text", null, null, Set.of());
    }

    private int version(PostRef post) {
        return jdbc.queryForObject("select version from posts where id = ?", Integer.class, post.id());
    }

    @Test
    void aPostCreatedPublishedIsAnnouncedWithItsSlugDateAndVersion() {
        PostRef post = commands.create(ada, draft("Hello"), true);

        assertThat(events.stream(PostPublished.class)).singleElement().satisfies(published -> {
            assertThat(published.postId()).isEqualTo(post.id());
            assertThat(published.authorId()).isEqualTo(ada.userId());
            assertThat(published.slug()).isEqualTo("hello");
            assertThat(published.publishedAt()).isNotNull();
            assertThat(published.version()).isEqualTo(version(post)).isZero();
        });
    }

    @Test
    void aDraftSavedOrEditedAnnouncesNothing() {
        PostRef post = commands.create(ada, draft("Quiet"), false);
        commands.update(ada, post.id(), 0, draft("Still quiet"), false);

        assertThat(events.stream(PostPublished.class)).isEmpty();
        assertThat(events.stream(PostUnpublished.class)).isEmpty();
    }

    @Test
    void publishingFromTheEditFormIsAnnouncedOnceAndEditingAPublishedPostIsNot() {
        PostRef post = commands.create(ada, draft("Later"), false);

        commands.update(ada, post.id(), 0, draft("Now"), true);
        commands.update(ada, post.id(), 1, draft("Now, edited"), true);

        assertThat(events.stream(PostPublished.class)).singleElement()
                .satisfies(published -> assertThat(published.version()).isEqualTo(1));
    }

    @Test
    void editingAPublishedPostIsAnnouncedAsAnUpdateWithItsNewSlugAndVersion() {
        PostRef post = commands.create(ada, draft("First words"), true);
        PostRef draft = commands.create(ada, draft("Private words"), false);

        commands.update(ada, post.id(), 0, new PostDraft("First words", "better-words", "Edited", null, null, Set.of()), false);
        commands.update(ada, draft.id(), 0, draft("Private words, edited"), false);

        assertThat(events.stream(PostUpdated.class)).containsExactly(new PostUpdated(post.id(), ada.userId(), "better-words", 1));
    }

    @Test
    void statusChangesAreAnnouncedWithTheVersionTheyMade() {
        PostRef post = commands.create(ada, draft("Cycle"), true);

        commands.archive(ada, post.id());
        commands.publish(ada, post.id());
        commands.publish(ada, post.id());
        commands.returnToDraft(ada, post.id());
        commands.archive(ada, post.id());

        assertThat(events.stream(PostUnpublished.class)).extracting(PostUnpublished::status, PostUnpublished::version)
                .containsExactly(tuple(PostStatus.ARCHIVED, 1),
                        tuple(PostStatus.DRAFT, 4));
        assertThat(events.stream(PostPublished.class)).extracting(PostPublished::version)
                .as("created published, then published from the archive; publishing again says nothing").containsExactly(0, 2);
        assertThat(version(post)).isEqualTo(5);
    }

    @Test
    void aDeletedPostIsAnnouncedWithAVersionPastItsLast() {
        PostRef post = commands.create(ada, draft("Doomed"), false);
        commands.update(ada, post.id(), 0, draft("Doomed, edited"), false);

        commands.delete(ada, post.id());

        assertThat(events.stream(PostDeleted.class)).containsExactly(new PostDeleted(post.id(), 2));
    }

    @Test
    void theImagesAPostShowsAreAnnouncedWhenTheyChangeAndOnlyThen() {
        String photo = "https://blog.example/media/" + "ab".repeat(32) + "/960/photo.jpg";
        String cover = "https://cdn.example/cover.png";
        PostRef post = commands.create(ada, new PostDraft("Pictures", null, "![A photo](" + photo + ")\n\n<img src=\"/x.png\">",
                null, cover, Set.of()), false);
        commands.update(ada, post.id(), 0, new PostDraft("Pictures, renamed", null, "![A photo](" + photo + ")\n\n<img src=\"/x.png\">",
                null, cover, Set.of()), false);
        commands.update(ada, post.id(), 1, new PostDraft("Pictures", null, "No pictures now.", null, null, Set.of()), false);
        commands.create(ada, draft("Words only"), true);

        assertThat(events.stream(PostImagesChanged.class))
                .extracting(PostImagesChanged::postId, PostImagesChanged::version, PostImagesChanged::imageUrls)
                .containsExactly(tuple(post.id(), 0, Set.of(photo, "/x.png", cover)), tuple(post.id(), 2, Set.of()));
    }

    @Test
    void aSubmissionIsAnnouncedOncePerReviewRoundWhicheverWayItIsMade() {
        Actor cy = new Actor(withRole(jdbc, "Cy", Role.CONTRIBUTOR), Role.CONTRIBUTOR);
        Actor eve = new Actor(withRole(jdbc, "Eve", Role.EDITOR), Role.EDITOR);
        PostRef created = commands.create(cy, draft("For review"), Publication.FOR_REVIEW);
        PostRef saved = commands.create(cy, draft("Saved first"), false);
        PostRef listed = commands.create(cy, draft("From the list"), false);

        commands.update(cy, created.id(), 0, draft("For review, polished"), Publication.KEEP);
        commands.update(cy, created.id(), 1, draft("For review, again"), Publication.FOR_REVIEW);
        commands.update(cy, saved.id(), 0, draft("Saved, then submitted"), Publication.FOR_REVIEW);
        commands.submitForReview(cy, listed.id());
        commands.submitForReview(cy, listed.id());

        assertThat(events.stream(PostSubmitted.class))
                .extracting(PostSubmitted::postId, PostSubmitted::authorId, PostSubmitted::submittedBy, PostSubmitted::title)
                .as("re-saving or re-submitting a pending post announces nothing more").containsExactly(
                        tuple(created.id(), cy.userId(), cy.userId(), "For review"),
                        tuple(saved.id(), cy.userId(), cy.userId(), "Saved, then submitted"),
                        tuple(listed.id(), cy.userId(), cy.userId(), "From the list"));
        assertThat(events.stream(PostSubmitted.class)).allSatisfy(submitted -> assertThat(submitted.submittedAt()).isNotNull());

        commands.sendBack(eve, listed.id(), "Shorter, please.");
        commands.submitForReview(cy, listed.id());

        assertThat(events.stream(PostSubmitted.class)).as("sent back and submitted again: a new round").hasSize(4);
    }

    @Test
    void publishingOrSavingADraftIsNoSubmission() {
        PostRef post = commands.create(ada, draft("Straight out"), true);
        commands.create(ada, draft("Kept"), false);
        commands.update(ada, post.id(), 0, draft("Straight out, edited"), true);

        assertThat(events.stream(PostSubmitted.class)).isEmpty();
    }
}
