package io.inkwell.comments.internal;

import io.inkwell.comments.HoldReason;
import io.inkwell.comments.Submission;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.CommentPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules a new comment passes before readers see it, in the order they are asked, the first that applies
 * deciding (so the reason a moderator reads is the most telling one):
 *
 * <ol>
 *   <li>spam, silently: the hidden field filled in, no token of the site's form, or sent sooner after the form
 *       was shown than a person types ({@link FormTokens});</li>
 *   <li>held: a blocked word (in the text, or a guest's name or email), more links than the policy allows, the
 *       same text from the same author within {@link #DUPLICATE_WINDOW};</li>
 *   <li>held by the policy: every comment, or the first of an author without an approved comment (a guest's
 *       always is).</li>
 * </ol>
 *
 * Moderators' comments pass every rule. Comments the application writes itself (the demo site) carry no
 * {@link Submission}: nobody sent them, so only the policy applies to them.
 */
@Component
class CommentScreening {

    static final Duration DUPLICATE_WINDOW = Duration.ofHours(1);

    private final FormTokens forms;
    private final CommentMapper comments;
    private final Clock clock;
    private volatile BlockedWords blocked = BlockedWords.of(List.of());

    @Autowired
    CommentScreening(FormTokens forms, CommentMapper comments) {
        this(forms, comments, Clock.systemUTC());
    }

    CommentScreening(FormTokens forms, CommentMapper comments, Clock clock) {
        this.forms = forms;
        this.comments = comments;
        this.clock = clock;
    }

    Verdict screen(Author author, UUID postId, String content, Submission submission, CommentPolicy policy) {
        if (author.moderator()) {
            return Verdict.APPROVED;
        }
        Optional<HoldReason> reason = submission == null ? policyRule(author, policy)
                : formRule(postId, submission)
                        .or(() -> contentRule(author, content, policy))
                        .or(() -> sameTextRule(author, content))
                        .or(() -> policyRule(author, policy));
        return reason.map(Verdict::of).orElse(Verdict.APPROVED);
    }

    /** What an edit is held for: the rules of the text itself (the form and the policy decided when it was written). */
    Optional<HoldReason> screenEdit(Author author, String content, CommentPolicy policy) {
        return author.moderator() ? Optional.empty() : contentRule(author, content, policy);
    }

    private Optional<HoldReason> formRule(UUID postId, Submission submission) {
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            return Optional.of(HoldReason.HONEYPOT);
        }
        return forms.check(submission.formToken(), postId);
    }

    private Optional<HoldReason> contentRule(Author author, String content, CommentPolicy policy) {
        if (blockedWords(policy.blockedWords()).firstIn(content, author.guestName(), author.guestEmail()).isPresent()) {
            return Optional.of(HoldReason.BLOCKED_WORD);
        }
        if (CommentText.links(content).size() > policy.maxLinks()) {
            return Optional.of(HoldReason.LINKS);
        }
        return Optional.empty();
    }

    private Optional<HoldReason> sameTextRule(Author author, String content) {
        boolean repeated = comments.hasSameTextSince(author.userId(), author.guestEmail(), content,
                clock.instant().minus(DUPLICATE_WINDOW));
        return repeated ? Optional.of(HoldReason.DUPLICATE) : Optional.empty();
    }

    private Optional<HoldReason> policyRule(Author author, CommentPolicy policy) {
        if (policy.approval() == CommentApproval.ALWAYS) {
            return Optional.of(HoldReason.ALL_HELD);
        }
        boolean firstTimeHeld = author.isGuest() || policy.approval() == CommentApproval.FIRST_TIME;
        if (firstTimeHeld && !comments.hasApprovedComment(author.userId(), author.guestEmail())) {
            return Optional.of(HoldReason.FIRST_COMMENT);
        }
        return Optional.empty();
    }

    /** The policy's words compiled once per change of the list, not once per comment. */
    private BlockedWords blockedWords(List<String> words) {
        BlockedWords known = blocked;
        if (!known.isFor(words)) {
            known = BlockedWords.of(words);
            blocked = known;
        }
        return known;
    }
}
