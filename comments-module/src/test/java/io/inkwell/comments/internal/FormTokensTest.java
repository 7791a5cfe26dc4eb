package io.inkwell.comments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.HoldReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A comment form's token proves a form of this site, for this post, shown long enough ago. */
@SpringBootTest(classes = CommentsTestApplication.class)
class FormTokensTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final UUID POST = UUID.randomUUID();

    @Autowired
    CommentSecret secret;

    FormTokens tokens;

    @BeforeEach
    void aClockStoppedAtNoon() {
        tokens = new FormTokens(secret, Duration.ofSeconds(3), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aTokenFromAFormShownLongEnoughAgoIsGood() {
        assertThat(tokens.check(tokens.tokenShownAt(POST, NOW.minusSeconds(3)), POST)).isEmpty();
        assertThat(tokens.check(tokens.tokenShownAt(POST, NOW.minusSeconds(86_400)), POST)).isEmpty();
    }

    @Test
    void aTokenSentSoonerThanAPersonTypesIsTooFast() {
        assertThat(tokens.check(tokens.tokenFor(POST), POST)).contains(HoldReason.TOO_FAST);
        assertThat(tokens.check(tokens.tokenShownAt(POST, NOW.minusSeconds(2)), POST)).contains(HoldReason.TOO_FAST);
        assertThat(tokens.check(tokens.tokenShownAt(POST, NOW.plusSeconds(60)), POST)).contains(HoldReason.TOO_FAST);
    }

    @Test
    void aTokenOfAnotherPostOrNoneOfOursIsNoForm() {
        String good = tokens.tokenShownAt(POST, NOW.minusSeconds(10));
        String seconds = good.substring(0, good.indexOf('.'));
        String earlier = (Long.parseLong(seconds) - 60) + good.substring(good.indexOf('.'));

        assertThat(tokens.check(good, UUID.randomUUID())).contains(HoldReason.NO_FORM);
        for (String bad : new String[] {null, "", ".", "abc.def", seconds, seconds + ".", earlier, "1".repeat(30) + ".x",
            good + "x"}) {
            assertThat(tokens.check(bad, POST)).as(String.valueOf(bad)).contains(HoldReason.NO_FORM);
        }
    }

    @Test
    void theKeyIsTheSitesOwnStoredOnceForEveryInstance() {
        byte[] signed = secret.sign("comment-form", "a");

        assertThat(signed).hasSize(32).isEqualTo(secret.sign("comment-form", "a"));
        assertThat(secret.sign("address", "a")).isNotEqualTo(signed);
    }
}
