package io.inkwell.comments.internal;

import io.inkwell.comments.CommentForms;
import io.inkwell.comments.HoldReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Comment forms' tokens: "{seconds since the epoch}.{signature}", the time the form was shown signed with the
 * post's id under the site's key. What a token proves is checked by {@link #check}: a form of this site, for this
 * post, shown at least {@code inkwell.comments.min-form-time} ago (people read and type; robots post at once).
 */
@Component
class FormTokens implements CommentForms {

    /** Bytes of the signature kept: 128 bits cannot be guessed, and the token stays short. */
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final CommentSecret secret;
    private final Duration minimumTime;
    private final Clock clock;

    @Autowired
    FormTokens(CommentSecret secret, @Value("${inkwell.comments.min-form-time:3s}") Duration minimumTime) {
        this(secret, minimumTime, Clock.systemUTC());
    }

    FormTokens(CommentSecret secret, Duration minimumTime, Clock clock) {
        this.secret = secret;
        this.minimumTime = minimumTime;
        this.clock = clock;
    }

    @Override
    public String tokenFor(UUID postId) {
        return tokenShownAt(postId, clock.instant());
    }

    String tokenShownAt(UUID postId, Instant shownAt) {
        String seconds = Long.toString(shownAt.getEpochSecond());
        return seconds + "." + signature(postId, seconds);
    }

    /** Empty when the token is good; else the rule it breaks (no token of ours, or sent too soon). */
    Optional<HoldReason> check(String token, UUID postId) {
        Optional<Instant> shownAt = shownAt(token, postId);
        if (shownAt.isEmpty()) {
            return Optional.of(HoldReason.NO_FORM);
        }
        Duration waited = Duration.between(shownAt.get(), clock.instant());
        return waited.compareTo(minimumTime) < 0 ? Optional.of(HoldReason.TOO_FAST) : Optional.empty();
    }

    private Optional<Instant> shownAt(String token, UUID postId) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19 || !token.substring(0, dot).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String seconds = token.substring(0, dot);
        byte[] expected = signature(postId, seconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }

    private String signature(UUID postId, String seconds) {
        return ENCODER.encodeToString(Arrays.copyOf(secret.sign("comment-form", postId.toString(), seconds), SIGNATURE_BYTES));
    }
}
