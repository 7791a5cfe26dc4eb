package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.Publication;
import io.inkwell.posts.PublishTime;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** "Schedule" with "Publish at": the rules of the time, what a scheduled post is until then, and its publication. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
@RecordApplicationEvents
class SchedulingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    PostCommands commands;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    PostReading reading;

    @Autowired
    ScheduledPublishing publishing;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    PostRef draft;

    @BeforeEach
    void givenAnAuthorsDraft() {
        jdbc.update("delete from posts");
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        draft = commands.create(ada, new PostDraft("Later", null, "Text", null, null, Set.of()), false);
    }

    private static PublishTime inAnHour() {
        return PublishTime.of(Instant.now().plus(1, ChronoUnit.HOURS), BERLIN);
    }

    @Test
    void aScheduledPostKeepsItsTimeInTheSitesZoneAndStaysPrivate() {
        LocalDateTime local = LocalDateTime.now(BERLIN).plusDays(2).withHour(9).withMinute(30).truncatedTo(ChronoUnit.MINUTES);

        PostRef scheduled = commands.schedule(ada, draft.id(), new PublishTime(local.toString(), "Europe/Berlin"));

        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(authoring.forEditing(draft.id(), ada).scheduledAt()).isEqualTo(local.atZone(BERLIN).toInstant());
        assertThat(reading.findBySlug(draft.slug(), null)).as("not public before its time").isEmpty();
        assertThat(reading.published(Optional.<PostCursor>empty(), 10).items()).isEmpty();
    }

    @Test
    void savingWithScheduleStoresTheTextAndTheTimeInOneGo() {
        PostRef saved = commands.update(ada, draft.id(), 0, new PostDraft("Later, edited", null, "More", null, null, Set.of()),
                Publication.at(inAnHour()));

        assertThat(saved.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(authoring.forEditing(draft.id(), ada).title()).isEqualTo("Later, edited");
    }

    @Test
    void aPostCanBeCreatedScheduled() {
        PostRef created = commands.create(ada, new PostDraft("Born later", null, "Text", null, null, Set.of()),
                Publication.at(inAnHour()));

        assertThat(created.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(events.stream(PostPublished.class)).isEmpty();
    }

    @Test
    void aScheduledPostCanBeRescheduledPublishedNowOrReturnedToDraft() {
        commands.schedule(ada, draft.id(), inAnHour());
        PublishTime tomorrow = PublishTime.of(Instant.now().plus(1, ChronoUnit.DAYS), BERLIN);

        commands.schedule(ada, draft.id(), tomorrow);
        assertThat(authoring.forEditing(draft.id(), ada).scheduledAt()).isEqualTo(
                LocalDateTime.parse(tomorrow.dateTime()).atZone(BERLIN).toInstant());

        commands.returnToDraft(ada, draft.id());
        assertThat(authoring.forEditing(draft.id(), ada).scheduledAt()).isNull();

        commands.schedule(ada, draft.id(), tomorrow);
        PostRef now = commands.publish(ada, draft.id());
        assertThat(now.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(reading.findBySlug(draft.slug(), null)).isPresent();
        assertThat(events.stream(PostPublished.class)).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\" in \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "2020-01-01T10:00      | Europe/Berlin | This time has passed",
        "2999-01-01T10:00      | Europe/Berlin | at most 5 years ahead",
        "tomorrow at ten       | Europe/Berlin | Write the date and time as",
        "2031-02-30T10:00      | Europe/Berlin | Write the date and time as",
        "2031-02-03T10:00      |               | time zone of this time is missing",
        "2031-02-03T10:00      | Mars/Olympus  | not one the site knows",
        "                      | Europe/Berlin | Choose the date and time"})
    void aBadPublishTimeIsAMessageBesideTheFieldAndChangesNothing(String dateTime, String zone, String message) {
        String before = jdbc.queryForObject("select status || version from posts where id = ?", String.class, draft.id());

        assertThatThrownBy(() -> commands.schedule(ada, draft.id(), new PublishTime(dateTime, zone)))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("publishAt"))
                .hasMessageContaining(message);

        assertThat(jdbc.queryForObject("select status || version from posts where id = ?", String.class, draft.id()))
                .isEqualTo(before);
    }

    @Test
    void aTimeTypedWithASpaceInsteadOfTheTIsUnderstood() {
        String typed = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');

        assertThat(commands.schedule(ada, draft.id(), new PublishTime(typed, "UTC")).status()).isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void aPublishedPostIsNotScheduled() {
        commands.publish(ada, draft.id());

        assertThatThrownBy(() -> commands.schedule(ada, draft.id(), inAnHour())).isInstanceOf(PostStatusException.class);
    }

    @Test
    void theSweepPublishesADuePostAtItsScheduledTimeWithTheEventOfAnyPublication() {
        commands.schedule(ada, draft.id(), inAnHour());
        Instant due = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
        jdbc.update("update posts set scheduled_at = ? where id = ?", java.sql.Timestamp.from(due), draft.id());

        PostPublished published = publishing.publishNextDue().orElseThrow();

        assertThat(published.postId()).isEqualTo(draft.id());
        assertThat(published.publishedAt()).isEqualTo(due);
        assertThat(published.slug()).isEqualTo(draft.slug());
        assertThat(published.authorId()).isEqualTo(ada.userId());
        assertThat(events.stream(PostPublished.class)).containsExactly(published);
        assertThat(reading.findBySlug(draft.slug(), null)).hasValueSatisfying(post ->
                assertThat(post.publishedAt()).isEqualTo(due));
        assertThat(publishing.publishNextDue()).as("once").isEmpty();
    }

    @Test
    void aPostScheduledForLaterIsNotPublishedBeforeItsTime() {
        commands.schedule(ada, draft.id(), inAnHour());

        assertThat(publishing.publishNextDue()).isEmpty();
        assertThat(events.stream(PostPublished.class)).isEmpty();
    }
}
