package io.inkwell.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.mail.MailTestApplication;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = MailTestApplication.class)
@Transactional
class ModerationDigestMapperTest {

    private static final long QUARTER_HOUR = 900;

    @Autowired
    ModerationDigestMapper digests;

    @Autowired
    JdbcTemplate jdbc;

    UUID eve;
    UUID root;
    UUID post;

    @BeforeEach
    void givenTwoModerators() {
        eve = UserRows.withRole(jdbc, "Eve", Role.EDITOR);
        root = UserRows.withRole(jdbc, "Root", Role.ADMIN);
        post = UUID.randomUUID();
    }

    @Test
    void anItemIsNotedOncePerModeratorAndCommentAndReadInTheOrderHeld() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();

        assertThat(digests.insertItem(eve, later, post, now)).isOne();
        assertThat(digests.insertItem(eve, earlier, post, now.minusSeconds(60))).isOne();
        assertThat(digests.insertItem(eve, later, post, now)).as("delivered twice").isZero();
        digests.insertItem(root, later, post, now);

        assertThat(digests.selectItems(eve)).containsExactly(new DigestItem(earlier, post, now.minusSeconds(60)),
                new DigestItem(later, post, now));
    }

    @Test
    void deletingItemsTouchesOnlyTheGivenModeratorsGivenComments() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        digests.insertItem(eve, first, post, Instant.now());
        digests.insertItem(eve, second, post, Instant.now());
        digests.insertItem(root, first, post, Instant.now());

        assertThat(digests.deleteItems(eve, List.of(first))).isOne();

        assertThat(digests.selectItems(eve)).extracting(DigestItem::commentId).containsExactly(second);
        assertThat(digests.selectItems(root)).extracting(DigestItem::commentId).containsExactly(first);
    }

    @Test
    void aModeratorNeverMailedIsDueAndOneMailedJustNowIsNotUntilAQuarterHourPassed() {
        digests.insertItem(eve, UUID.randomUUID(), post, Instant.now());
        digests.insertItem(root, UUID.randomUUID(), post, Instant.now());
        UserRows.withRole(jdbc, "Nobody noted", Role.EDITOR);

        assertThat(digests.insertDigestIfMissing(eve)).isOne();
        assertThat(digests.insertDigestIfMissing(eve)).isZero();
        assertThat(digests.mailedWithin(eve, QUARTER_HOUR)).as("never mailed").isFalse();
        assertThat(digests.selectDueModerators(QUARTER_HOUR, 10)).containsExactlyInAnyOrder(eve, root);

        assertThat(digests.touchDigest(eve)).isOne();

        assertThat(digests.mailedWithin(eve, QUARTER_HOUR)).isTrue();
        assertThat(digests.selectDueModerators(QUARTER_HOUR, 10)).containsExactly(root);
        jdbc.update("update moderation_digests set last_mailed_at = now() - interval '15 minutes' where user_id = ?", eve);
        // As the digest does before each check; here it also clears MyBatis' session cache, blind to the JDBC update.
        digests.insertDigestIfMissing(eve);
        assertThat(digests.mailedWithin(eve, QUARTER_HOUR)).isFalse();
        assertThat(digests.selectDueModerators(QUARTER_HOUR, 1)).hasSize(1);
    }
}
