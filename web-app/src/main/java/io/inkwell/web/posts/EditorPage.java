package io.inkwell.web.posts;

import io.inkwell.posts.Autosave;
import io.inkwell.posts.EditorPresence;
import io.inkwell.posts.EditorSession;
import io.inkwell.posts.PostForEditing;
import io.inkwell.posts.PostPreviews;
import io.inkwell.posts.ReviewNote;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.security.SignedInUser;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the editor of a saved post shows around the form: who else has it open, an autosave newer than the post, the
 * note of an editor who sent it back, its preview link, and what the autosave script needs. The names come from
 * one call to the users context.
 */
@Component
class EditorPage {

    private final UserDirectory users;
    private final PostPreviews previews;
    private final PostCards cards;
    private final Duration autosaveInterval;

    EditorPage(UserDirectory users, PostPreviews previews, PostCards cards,
               @Value("${inkwell.autosave.interval:30s}") Duration autosaveInterval) {
        this.users = users;
        this.previews = previews;
        this.cards = cards;
        this.autosaveInterval = autosaveInterval;
    }

    /** {@code session} is null where the editor is shown again after a refused save: nothing about presence then. */
    void addTo(Model model, PostForEditing post, SignedInUser me, EditorSession session) {
        List<EditorPresence> others = session == null ? List.of() : session.othersEditing();
        ReviewNote note = post.reviewNote();
        Set<UUID> ids = new HashSet<>();
        others.forEach(other -> ids.add(other.userId()));
        if (note != null && note.reviewerId() != null) {
            ids.add(note.reviewerId());
        }
        Map<UUID, UserSummary> names = ids.isEmpty() ? Map.of() : users.summariesOf(ids);
        model.addAttribute("othersEditing", others.stream().map(other -> cards.authorName(names.get(other.userId()))).toList());
        Autosave autosave = session == null ? null : session.autosave().orElse(null);
        model.addAttribute("autosaveOffer", autosave);
        model.addAttribute("reviewNote", note);
        model.addAttribute("reviewerName", note == null ? null : cards.authorName(names.get(note.reviewerId())));
        model.addAttribute("previewUntil", post.status().isPrivate() ? previews.sharedUntil(me.actor(), post.id()).orElse(null) : null);
        model.addAttribute("mayReview", me.actor().mayReviewPosts());
        model.addAttribute("autosaveMillis", autosaveInterval.toMillis());
    }
}
