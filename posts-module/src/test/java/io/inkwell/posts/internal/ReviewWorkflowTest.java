package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.Publication;
import io.inkwell.posts.PublishTime;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A contributor writes and submits; an editor publishes, schedules or sends back with a note the contributor reads. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class ReviewWorkflowTest {

    @Autowired
    PostCommands commands;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    PostAdministration administration;

    @Autowired
    PostReading reading;

    @Autowired
    JdbcTemplate jdbc;

    Actor cy;
    Actor eve;
    PostRef draft;

    @BeforeEach
    void givenAContributorsDraft() {
        cy = new Actor(withRole(jdbc, "Cy", Role.CONTRIBUTOR), Role.CONTRIBUTOR);
        eve = new Actor(withRole(jdbc, "Eve", Role.EDITOR), Role.EDITOR);
        draft = commands.create(cy, text("Guest essay"), false);
    }

    private static PostDraft text(String title) {
        return new PostDraft(title, null, "Body", null, null, Set.of());
    }

    private PostStatus status() {
        return PostStatus.valueOf(jdbc.queryForObject("select upper(status) from posts where id = ?", String.class, draft.id()));
    }

    @Test
    void aContributorMayNotPublishOrScheduleByAnyRoute() {
        PublishTime tomorrow = PublishTime.of(Instant.now().plus(1, ChronoUnit.DAYS), ZoneOffset.UTC);

        assertThatThrownBy(() -> commands.create(cy, text("Straight out"), true)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.create(cy, text("Later"), Publication.at(tomorrow))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.update(cy, draft.id(), 0, text("Out"), true)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.publish(cy, draft.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.schedule(cy, draft.id(), tomorrow)).isInstanceOf(NotAllowedException.class);

        assertThat(status()).isEqualTo(PostStatus.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isEqualTo(1);
    }

    @Test
    void aSubmittedPostWaitsInTheEditorsQueueAndItsAuthorMayStillEditIt() {
        PostRef submitted = commands.update(cy, draft.id(), 0, text("Guest essay, polished"), Publication.FOR_REVIEW);

        assertThat(submitted.status()).isEqualTo(PostStatus.PENDING);
        assertThat(administration.adminPosts(new AdminPostFilter(PostStatus.PENDING, null, null, null), PageRequest.of(1, 10))
                .items()).extracting(PostSummary::id).containsExactly(draft.id());
        assertThat(reading.findBySlug(submitted.slug(), eve)).as("editors read it").isPresent();
        assertThat(reading.findBySlug(submitted.slug(), null)).as("not public").isEmpty();
        assertThat(commands.update(cy, draft.id(), 1, text("Guest essay, again"), false).status()).isEqualTo(PostStatus.PENDING);
        assertThat(administration.countByStatus()).containsEntry(PostStatus.PENDING, 1L);
    }

    @Test
    void anEditorSendsItBackWithANoteTheContributorReadsUntilTheySubmitAgain() {
        commands.submitForReview(cy, draft.id());

        commands.sendBack(eve, draft.id(), "  Please add your sources.  ");

        PostForEditing seen = authoring.forEditing(draft.id(), cy);
        assertThat(seen.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(seen.reviewNote().text()).isEqualTo("Please add your sources.");
        assertThat(seen.reviewNote().reviewerId()).isEqualTo(eve.userId());
        assertThat(seen.reviewNote().at()).isNotNull();
        commands.update(cy, draft.id(), seen.version(), text("With sources"), false);
        assertThat(authoring.forEditing(draft.id(), cy).reviewNote()).as("kept while they edit").isNotNull();

        commands.submitForReview(cy, draft.id());
        assertThat(authoring.forEditing(draft.id(), cy).reviewNote()).as("gone with the new submission").isNull();
    }

    @Test
    void anEditorPublishesOrSchedulesASubmittedPost() {
        commands.submitForReview(cy, draft.id());

        commands.schedule(eve, draft.id(), PublishTime.of(Instant.now().plus(2, ChronoUnit.HOURS), ZoneOffset.UTC));
        assertThat(status()).isEqualTo(PostStatus.SCHEDULED);
        commands.publish(eve, draft.id());
        assertThat(status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void onceItIsPublishedTheContributorMayNoLongerEditIt() {
        commands.submitForReview(cy, draft.id());
        commands.publish(eve, draft.id());

        assertThatThrownBy(() -> authoring.forEditing(draft.id(), cy)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.update(cy, draft.id(), 2, text("Sneaky"), false)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void onlyAReviewerSendsBackAndOnlyAPostAwaitingReviewWithANote() {
        Actor author = new Actor(withRole(jdbc, "Ada", Role.USER), Role.USER);
        assertThatThrownBy(() -> commands.sendBack(cy, draft.id(), "no")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.sendBack(author, draft.id(), "no")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> commands.sendBack(eve, draft.id(), "not submitted")).isInstanceOf(PostStatusException.class);

        commands.submitForReview(cy, draft.id());
        assertThatThrownBy(() -> commands.sendBack(eve, draft.id(), "   "))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> commands.sendBack(eve, draft.id(), "x".repeat(PostLimits.REVIEW_NOTE_MAX + 1)))
                .isInstanceOf(InvalidPostException.class);
        assertThat(status()).isEqualTo(PostStatus.PENDING);
    }

    @Test
    void submittingAgainChangesNothingAndAPublishedPostIsNotSubmitted() {
        commands.submitForReview(cy, draft.id());
        int version = jdbc.queryForObject("select version from posts where id = ?", Integer.class, draft.id());

        assertThat(commands.submitForReview(cy, draft.id()).status()).isEqualTo(PostStatus.PENDING);
        assertThat(jdbc.queryForObject("select version from posts where id = ?", Integer.class, draft.id())).isEqualTo(version);

        commands.publish(eve, draft.id());
        assertThatThrownBy(() -> commands.submitForReview(eve, draft.id())).isInstanceOf(PostStatusException.class);
        assertThatThrownBy(() -> commands.update(eve, draft.id(), version + 1, text("x"), Publication.FOR_REVIEW))
                .isInstanceOf(PostStatusException.class);
    }
}
