package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.draft;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.ReviewNote;
import io.inkwell.posts.test.PostRows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The statements of review and scheduling on {@code posts}, and what the schema allows of them. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostWorkflowMapperTest {

    private static final Instant MAY_FIRST = Instant.parse("2031-05-01T09:30:00Z");

    @Autowired
    PostMapper posts;

    @Autowired
    ScheduleMapper schedule;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = author(jdbc, "Ada");
    }

    private PostRow inserted(String slug) {
        PostRow row = draft(ada, "Title " + slug, slug);
        posts.insert(row);
        return row;
    }

    @Test
    void updateScheduleMakesAPostScheduledForItsTimeAndMovesTheVersion() {
        PostRow post = inserted("later");

        posts.updateSchedule(post.id(), MAY_FIRST);

        PostRow found = posts.selectById(post.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(found.scheduledAt()).isEqualTo(MAY_FIRST);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.publishedAt()).isNull();
    }

    @Test
    void aStatusChangeTakesAPostOffTheSchedule() {
        PostRow post = inserted("off");
        posts.updateSchedule(post.id(), MAY_FIRST);

        posts.updateStatus(post.id(), PostStatus.DRAFT, null);

        PostRow found = posts.selectById(post.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(found.scheduledAt()).isNull();
    }

    @Test
    void updateReviewSubmitsAndSendsBackWithANoteWhoAndWhen() {
        PostRow post = inserted("reviewed");
        UUID editor = author(jdbc, "Eve");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        posts.updateReview(post.id(), PostStatus.PENDING, null, null, null);
        assertThat(posts.selectById(post.id()).orElseThrow().status()).isEqualTo(PostStatus.PENDING);

        posts.updateReview(post.id(), PostStatus.DRAFT, "Add sources.", editor, now);
        PostRow found = posts.selectById(post.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(found.review()).isEqualTo(new ReviewNote("Add sources.", editor, now));
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void updateWritesTheScheduleAndTheReviewNoteTheRowCarries() {
        PostRow post = inserted("carried");
        posts.updateSchedule(post.id(), MAY_FIRST);
        PostRow scheduled = posts.selectById(post.id()).orElseThrow();

        PostRow edited = new PostRow(post.id(), ada, "Edited", "carried", "x", "<p>x</p>", null, null, PostStatus.SCHEDULED, 0,
                null, scheduled.version(), null, null, null, null, false, "en", MAY_FIRST.plusSeconds(60), "Kept", ada,
                MAY_FIRST);
        assertThat(posts.update(edited)).isEqualTo(1);

        PostRow found = posts.selectById(post.id()).orElseThrow();
        assertThat(found.scheduledAt()).isEqualTo(MAY_FIRST.plusSeconds(60));
        assertThat(found.reviewNote()).isEqualTo("Kept");
    }

    @Test
    void theSchemaRefusesAScheduledPostWithoutItsTime() {
        PostRow post = inserted("untimed");

        assertThatThrownBy(() -> jdbc.update("update posts set status = 'scheduled' where id = ?", post.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("posts_scheduled_dated_ck");
    }

    @Test
    void theSchemaRefusesAScheduleTimeOnAPostThatIsNotScheduled() {
        PostRow post = inserted("timed");

        assertThatThrownBy(() -> jdbc.update("update posts set scheduled_at = now() where id = ?", post.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("posts_scheduled_dated_ck");
    }

    @Test
    void insertWritesTheScheduleOfAPostCreatedScheduled() {
        UUID id = UUID.randomUUID();
        posts.insert(new PostRow(id, ada, "Born scheduled", "born-scheduled", "x", "<p>x</p>", null, null, PostStatus.SCHEDULED,
                0, null, 0, null, null, null, null, false, "en", MAY_FIRST, null, null, null));

        assertThat(posts.selectById(id).orElseThrow().scheduledAt()).isEqualTo(MAY_FIRST);
        assertThat(posts.selectByAuthor(ada, PostStatus.SCHEDULED)).singleElement()
                .satisfies(row -> assertThat(row.scheduledAt()).isEqualTo(MAY_FIRST));
    }

    @Test
    void publishNextDuePublishesTheEarliestDuePostAtItsScheduledTime() {
        Instant earlier = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        Instant later = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        UUID second = PostRows.scheduled(jdbc, ada, "Second", "second", later);
        UUID first = PostRows.scheduled(jdbc, ada, "First", "first", earlier);
        UUID future = PostRows.scheduled(jdbc, ada, "Future", "future", Instant.now().plus(1, ChronoUnit.DAYS));

        DueRow published = schedule.publishNextDue().orElseThrow();

        assertThat(published).isEqualTo(new DueRow(first, ada, "first", earlier, 1));
        PostRow row = posts.selectById(first).orElseThrow();
        assertThat(row.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(row.publishedAt()).isEqualTo(earlier);
        assertThat(row.scheduledAt()).isNull();
        assertThat(schedule.publishNextDue()).map(DueRow::postId).contains(second);
        assertThat(schedule.publishNextDue()).as("the future post is not due").isEmpty();
        assertThat(posts.selectById(future).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
    }
}
