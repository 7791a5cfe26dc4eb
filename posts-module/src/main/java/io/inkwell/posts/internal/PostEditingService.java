package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.StorableText;
import io.inkwell.posts.Autosave;
import io.inkwell.posts.AutosaveDraft;
import io.inkwell.posts.EditorPresence;
import io.inkwell.posts.EditorSession;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostEditing;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.StalePostException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Autosaves and who has an editor open. Nothing here writes {@code posts}: an autosave is the person's own row, and
 * the post's version decides in the same statement whether it is stored ({@link EditingMapper#upsertAutosave}).
 */
@Service
@Transactional
class PostEditingService implements PostEditing {

    private final EditingMapper editing;
    private final PostMapper posts;

    PostEditingService(EditingMapper editing, PostMapper posts) {
        this.editing = editing;
        this.posts = posts;
    }

    @Override
    public EditorSession open(Actor actor, UUID postId) {
        PostRow post = editable(actor, postId);
        editing.touchPresence(postId, actor.userId());
        Optional<Autosave> autosave = editing.selectAutosave(postId, actor.userId())
                .filter(row -> !holdsWhatThePostHolds(row, post)).map(row -> autosave(row, post));
        return new EditorSession(others(postId, actor), autosave);
    }

    @Override
    public List<EditorPresence> autosave(Actor actor, UUID postId, int baseVersion, AutosaveDraft draft) {
        editable(actor, postId);
        String title = within(StorableText.clean(Objects.requireNonNullElse(draft.title(), "")), PostLimits.TITLE_MAX, "title");
        String excerpt = StorableText.blankToNull(draft.excerpt());
        within(Objects.requireNonNullElse(excerpt, ""), PostLimits.EXCERPT_MAX, "excerpt");
        String content = within(StorableText.clean(Objects.requireNonNullElse(draft.content(), "")), PostLimits.CONTENT_MAX,
                "content");
        String tags = within(StorableText.clean(Objects.requireNonNullElse(draft.tags(), "")), PostLimits.TAGS_FIELD_MAX,
                "tags");
        UUID[] categories = draft.categoryIds().stream().sorted().toArray(UUID[]::new);
        if (editing.upsertAutosave(new AutosaveRow(postId, actor.userId(), title, excerpt, content, tags, categories,
                baseVersion, null)) == 0) {
            throw new StalePostException();
        }
        editing.touchPresence(postId, actor.userId());
        return others(postId, actor);
    }

    @Override
    public List<EditorPresence> stillEditing(Actor actor, UUID postId) {
        editable(actor, postId);
        editing.touchPresence(postId, actor.userId());
        return others(postId, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Autosave> autosaveOf(Actor actor, UUID postId) {
        PostRow post = editable(actor, postId);
        return editing.selectAutosave(postId, actor.userId()).map(row -> autosave(row, post));
    }

    @Override
    public void discardAutosave(Actor actor, UUID postId) {
        editable(actor, postId);
        editing.deleteAutosave(postId, actor.userId());
    }

    private PostRow editable(Actor actor, UUID postId) {
        PostRow post = posts.selectById(postId).orElseThrow(() -> new PostNotFoundException("No post " + postId));
        if (!PostRights.mayEdit(actor, post.authorId(), post.status())) {
            throw new NotAllowedException("Only those who may edit post " + postId + " autosave it.");
        }
        return post;
    }

    private List<EditorPresence> others(UUID postId, Actor actor) {
        return editing.selectOthersEditing(postId, actor.userId(), PRESENCE_MINUTES).stream()
                .map(row -> new EditorPresence(row.userId(), row.seenAt())).toList();
    }

    /** An autosave the post already holds (saved since, or typed back) needs no offer to restore it. */
    private static boolean holdsWhatThePostHolds(AutosaveRow autosave, PostRow post) {
        String postExcerpt = Objects.equals(post.excerpt(), Excerpts.fromHtml(post.contentHtml())) ? null : post.excerpt();
        return autosave.title().equals(post.title()) && autosave.content().equals(post.content())
                && Objects.equals(autosave.excerpt(), postExcerpt);
    }

    private static Autosave autosave(AutosaveRow row, PostRow post) {
        return new Autosave(row.title(), row.excerpt(), row.content(), row.tags(), Set.of(row.categoryIds()),
                row.baseVersion(), row.savedAt(), row.baseVersion() == post.version());
    }

    private static String within(String text, int max, String field) {
        if (text.length() > max) {
            throw new InvalidPostException(field, Refusal.of("refused.post.autosaveTooLong",
                    "Too long to autosave: at most {0} characters.", max));
        }
        return text;
    }
}
