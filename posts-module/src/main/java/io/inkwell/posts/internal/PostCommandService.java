package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.Savepoints;
import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostImagesChanged;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.PostSubmitted;
import io.inkwell.posts.PostUnpublished;
import io.inkwell.posts.PostUpdated;
import io.inkwell.posts.Publication;
import io.inkwell.posts.PublishTime;
import io.inkwell.posts.StalePostException;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link PostPublished}, {@link PostUnpublished}, {@link PostDeleted}, {@link PostSubmitted} and {@link PostImagesChanged} inside the transaction of the
 * change they announce: the event publication registry stores them with it, so a change is never committed
 * without its event, nor an event without its change. Every save keeps a revision ({@link RevisionRecorder}) and
 * ends the saver's autosave of the post, in the same transaction.
 */
@Service
@Transactional
class PostCommandService implements PostCommands {

    /** Enough for any realistic burst of same-title posts; past it something else is wrong. */
    private static final int SLUG_ATTEMPTS = 20;
    private static final Refusal SLUG_TAKEN_MEANWHILE = Refusal.of("refused.post.slugTakenMeanwhile",
            "Another post took this slug a moment ago; choose another.");
    private static final Refusal SUBMIT_DRAFTS_ONLY = Refusal.of("refused.post.submitDraftsOnly",
            "Only a draft can be submitted for review.");

    private final PostMapper posts;
    private final CategoryMapper categories;
    private final PostTagLinks tags;
    private final ContentRenderer renderer;
    private final Savepoints savepoints;
    private final ViewCounter views;
    private final RevisionRecorder revisions;
    private final EditingMapper editing;
    private final ApplicationEventPublisher events;
    private final SiteSettings site;

    PostCommandService(PostMapper posts, CategoryMapper categories, PostTagLinks tags, ContentRenderer renderer,
                       Savepoints savepoints, ViewCounter views, RevisionRecorder revisions, EditingMapper editing,
                       ApplicationEventPublisher events, SiteSettings site) {
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.renderer = renderer;
        this.savepoints = savepoints;
        this.views = views;
        this.revisions = revisions;
        this.editing = editing;
        this.events = events;
        this.site = site;
    }

    @Override
    public PostRef create(Actor actor, PostDraft draft, boolean publish) {
        return create(actor, draft, Publication.publishing(publish));
    }

    @Override
    public PostRef update(Actor actor, UUID postId, int version, PostDraft draft, boolean publish) {
        return update(actor, postId, version, draft, Publication.publishing(publish));
    }

    @Override
    public PostRef create(Actor actor, PostDraft draft, Publication publication) {
        if (!actor.mayWritePosts()) {
            throw new NotAllowedException("Only active contributors and authors may write posts.");
        }
        if (publication.makesPublic() && !actor.mayPublishPosts()) {
            throw new NotAllowedException("Contributors submit their posts for review; an editor publishes them.");
        }
        tags.holdTags();
        PostFields fields = PostFields.check(draft);
        Instant scheduledAt = scheduledAt(publication);
        String language = language(draft, site.current().settings().language().code());
        checkCategories(draft.categoryIds());
        String html = renderer.render(fields.content());
        Set<UUID> tagIds = tags.resolve(draft.tags());
        PostStatus status = switch (publication.mode()) {
            case PUBLISH -> PostStatus.PUBLISHED;
            case SCHEDULE -> PostStatus.SCHEDULED;
            case SUBMIT -> PostStatus.PENDING;
            case KEEP -> PostStatus.DRAFT;
        };
        Instant publishedAt = status == PostStatus.PUBLISHED ? now() : null;
        UUID id = TimeOrderedIds.next();
        String slug = insertWithFreeSlug(fields, id, draft.slug(), row -> new PostRow(id, actor.userId(), fields.title(), row,
                fields.content(), html, excerptOr(fields.excerpt(), html), fields.featuredImageUrl(), status, 0,
                publishedAt, 0, null, null, fields.seo().title(), fields.seo().description(), fields.seo().hiddenFromSearch(),
                language, scheduledAt, null, null, null));
        linkCategories(id, draft.categoryIds());
        tags.link(id, tagIds);
        revisions.postSaved(id, fields, draft.categoryIds(), TagNames.forPost(draft.tags()), actor.userId(),
                status == PostStatus.PUBLISHED);
        Set<String> images = ContentRenderer.imageUrls(html, fields.featuredImageUrl());
        if (!images.isEmpty()) {
            events.publishEvent(new PostImagesChanged(id, 0, images));
        }
        if (status == PostStatus.PUBLISHED) {
            events.publishEvent(new PostPublished(id, actor.userId(), slug, publishedAt, 0));
        } else if (status == PostStatus.PENDING) {
            events.publishEvent(new PostSubmitted(id, actor.userId(), actor.userId(), fields.title(), now()));
        }
        return new PostRef(id, slug, status);
    }

    @Override
    public PostRef update(Actor actor, UUID postId, int version, PostDraft draft, Publication publication) {
        PostRow current = editable(actor, postId);
        if (current.version() != version) {
            throw new StalePostException();
        }
        if (publication.makesPublic() && !actor.mayChangePost(current.authorId())) {
            throw new NotAllowedException("Only an author or an editor may publish or schedule post " + postId + ".");
        }
        PostFields fields = PostFields.check(draft);
        PostStatus status = statusAfterSave(current, publication);
        Instant scheduledAt = status == PostStatus.SCHEDULED
                ? (publication.mode() == Publication.Mode.SCHEDULE ? scheduledAt(publication) : current.scheduledAt())
                : null;
        String language = language(draft, current.language());
        checkCategories(draft.categoryIds());
        String slug = draft.slug() == null || draft.slug().isBlank()
                ? freeSlug(Slugs.from(fields.title(), "post"), Set.of(current.slug()))
                : chosenSlug(draft.slug(), postId);
        String html = renderer.render(fields.content());
        Set<UUID> tagIds = tags.resolve(draft.tags());
        Instant publishedAt = status == PostStatus.PUBLISHED && current.publishedAt() == null ? now() : current.publishedAt();
        boolean submitted = status == PostStatus.PENDING && current.status() != PostStatus.PENDING;
        PostRow edited = new PostRow(postId, current.authorId(), fields.title(), slug, fields.content(), html,
                excerptOr(fields.excerpt(), html), fields.featuredImageUrl(), status, current.viewCount(), publishedAt,
                version, null, null, fields.seo().title(), fields.seo().description(), fields.seo().hiddenFromSearch(),
                language, scheduledAt, submitted ? null : current.reviewNote(), submitted ? null : current.reviewedBy(),
                submitted ? null : current.reviewedAt());
        int[] updated = new int[1];
        if (!savepoints.tryUnique(() -> updated[0] = posts.update(edited))) {
            throw new InvalidPostException("slug", SLUG_TAKEN_MEANWHILE);
        }
        if (updated[0] == 0) {
            throw new StalePostException();
        }
        if (!slug.equals(current.slug())) {
            rememberOldSlug(current, slug);
        }
        relinkCategories(postId, draft.categoryIds());
        tags.relink(postId, tagIds);
        revisions.postSaved(postId, fields, draft.categoryIds(), TagNames.forPost(draft.tags()), actor.userId(),
                status == PostStatus.PUBLISHED);
        editing.deleteAutosave(postId, actor.userId());
        Set<String> images = ContentRenderer.imageUrls(html, fields.featuredImageUrl());
        if (!images.equals(ContentRenderer.imageUrls(current.contentHtml(), current.featuredImageUrl()))) {
            events.publishEvent(new PostImagesChanged(postId, version + 1, images));
        }
        if (status == PostStatus.PUBLISHED && current.status() != PostStatus.PUBLISHED) {
            events.publishEvent(new PostPublished(postId, current.authorId(), slug, publishedAt, version + 1));
        } else if (status == PostStatus.PUBLISHED) {
            events.publishEvent(new PostUpdated(postId, current.authorId(), slug, version + 1));
        } else if (submitted) {
            events.publishEvent(new PostSubmitted(postId, current.authorId(), actor.userId(), fields.title(), now()));
        }
        return new PostRef(postId, slug, status);
    }

    /** A save keeps the status unless it publishes, schedules or submits; the last two only before the post is public. */
    private static PostStatus statusAfterSave(PostRow current, Publication publication) {
        return switch (publication.mode()) {
            case KEEP -> current.status();
            case PUBLISH -> PostStatus.PUBLISHED;
            case SCHEDULE -> {
                notPublic(current);
                yield PostStatus.SCHEDULED;
            }
            case SUBMIT -> {
                if (!current.status().isInDraft()) {
                    throw new PostStatusException(SUBMIT_DRAFTS_ONLY);
                }
                yield PostStatus.PENDING;
            }
        };
    }

    @Override
    public PostRef publish(Actor actor, UUID postId) {
        requirePublisher(actor);
        PostRow post = owned(actor, postId);
        Instant publishedAt = post.publishedAt() == null ? now() : post.publishedAt();
        return changeStatus(post, PostStatus.PUBLISHED, publishedAt);
    }

    @Override
    public PostRef schedule(Actor actor, UUID postId, PublishTime at) {
        PostRow post = owned(actor, postId);
        notPublic(post);
        Instant scheduledAt = PublishTimes.check(at, Instant.now());
        posts.updateSchedule(postId, scheduledAt);
        return new PostRef(postId, post.slug(), PostStatus.SCHEDULED);
    }

    @Override
    public PostRef submitForReview(Actor actor, UUID postId) {
        PostRow post = editable(actor, postId);
        if (post.status() == PostStatus.PENDING) {
            return new PostRef(postId, post.slug(), PostStatus.PENDING);
        }
        if (post.status() != PostStatus.DRAFT) {
            throw new PostStatusException(SUBMIT_DRAFTS_ONLY);
        }
        posts.updateReview(postId, PostStatus.PENDING, null, null, null);
        events.publishEvent(new PostSubmitted(postId, post.authorId(), actor.userId(), post.title(), now()));
        return new PostRef(postId, post.slug(), PostStatus.PENDING);
    }

    @Override
    public PostRef sendBack(Actor actor, UUID postId, String note) {
        if (!actor.mayReviewPosts()) {
            throw new NotAllowedException("Only editors review posts.");
        }
        PostRow post = owned(actor, postId);
        if (post.status() != PostStatus.PENDING) {
            throw new PostStatusException(Refusal.of("refused.post.sendBackNotPending",
                    "Only a post awaiting review can be sent back."));
        }
        String text = StorableText.blankToNull(note);
        if (text == null) {
            throw new InvalidPostException("note", Refusal.of("refused.post.noteMissing", "Tell the author what to change."));
        }
        if (text.length() > PostLimits.REVIEW_NOTE_MAX) {
            throw new InvalidPostException("note", Refusal.of("refused.post.noteTooLong",
                    "A note can be at most {0} characters long.", PostLimits.REVIEW_NOTE_MAX));
        }
        posts.updateReview(postId, PostStatus.DRAFT, text, actor.userId(), now());
        return new PostRef(postId, post.slug(), PostStatus.DRAFT);
    }

    @Override
    public PostRef archive(Actor actor, UUID postId) {
        PostRow post = owned(actor, postId);
        return changeStatus(post, PostStatus.ARCHIVED, post.publishedAt());
    }

    @Override
    public PostRef returnToDraft(Actor actor, UUID postId) {
        PostRow post = owned(actor, postId);
        return changeStatus(post, PostStatus.DRAFT, post.publishedAt());
    }

    @Override
    public void delete(Actor actor, UUID postId) {
        PostRow post = owned(actor, postId);
        posts.deleteById(postId);
        events.publishEvent(new PostDeleted(postId, post.version() + 1));
    }

    /** Renders only; no transaction, so no pooled connection is taken for it. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public String preview(String markdown) {
        return renderer.render(StorableText.clean(markdown));
    }

    /** Every post page calls this: it only counts in memory, so it must not begin a transaction. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordView(UUID postId) {
        views.record(postId);
    }

    /** Writing is not publishing: an account whose email address is unconfirmed keeps its posts drafts. */
    private static void requirePublisher(Actor actor) {
        if (!actor.mayPublishPosts()) {
            throw new NotAllowedException("Confirm your email address before publishing; " + actor.userId() + " has not.");
        }
    }

    /** {@code post} was read under its row lock, so the version after this change is exactly one more. */
    private PostRef changeStatus(PostRow post, PostStatus status, Instant publishedAt) {
        // The schema's check: a published post always has its date; archived ones keep theirs.
        posts.updateStatus(post.id(), status, status == PostStatus.ARCHIVED && publishedAt == null ? null : publishedAt);
        int version = post.version() + 1;
        if (status == PostStatus.PUBLISHED && post.status() != PostStatus.PUBLISHED) {
            revisions.postsPublished(List.of(post.id()));
            events.publishEvent(new PostPublished(post.id(), post.authorId(), post.slug(), publishedAt, version));
        } else if (status != PostStatus.PUBLISHED && post.status() == PostStatus.PUBLISHED) {
            events.publishEvent(new PostUnpublished(post.id(), status, version));
        }
        return new PostRef(post.id(), post.slug(), status);
    }

    /**
     * The role and status count, not only ownership: an author demoted to guest keeps no power over their posts, and
     * a contributor may not publish, schedule, archive or delete even their own.
     * The row stays locked to the end of the transaction, so the version an event carries is the one committed.
     * The tags are held before it, as in every post command (see {@link PostTagLinks#holdTags()}).
     */
    private PostRow owned(Actor actor, UUID postId) {
        PostRow post = locked(postId);
        if (!actor.mayChangePost(post.authorId())) {
            throw new NotAllowedException("Only the author or an editor may change post " + postId + ".");
        }
        return post;
    }

    /** As {@link #owned}, for editing: a contributor may edit their own post while it is a draft or awaits review. */
    private PostRow editable(Actor actor, UUID postId) {
        PostRow post = locked(postId);
        if (!PostRights.mayEdit(actor, post.authorId(), post.status())) {
            throw new NotAllowedException("Only the author or an editor may edit post " + postId + ".");
        }
        return post;
    }

    private PostRow locked(UUID postId) {
        tags.holdTags();
        return posts.selectByIdForUpdate(postId).orElseThrow(() -> new PostNotFoundException("No post " + postId));
    }

    private static void notPublic(PostRow post) {
        if (post.status() == PostStatus.PUBLISHED || post.status() == PostStatus.ARCHIVED) {
            throw new PostStatusException(Refusal.of("refused.post.scheduleOfPublished",
                    "A post that has been published cannot be scheduled; return it to draft first."));
        }
    }

    private static Instant scheduledAt(Publication publication) {
        return publication.mode() == Publication.Mode.SCHEDULE ? PublishTimes.check(publication.at(), Instant.now()) : null;
    }

    /**
     * Inserts under a savepoint; when a concurrent transaction took the slug first, the unique index
     * refuses it and the next free suffix is tried.
     */
    private String insertWithFreeSlug(PostFields fields, UUID id, String requestedSlug,
                                      java.util.function.Function<String, PostRow> rowWithSlug) {
        if (requestedSlug != null && !requestedSlug.isBlank()) {
            String slug = chosenSlug(requestedSlug, id);
            if (!savepoints.tryUnique(() -> posts.insert(rowWithSlug.apply(slug)))) {
                throw new InvalidPostException("slug", SLUG_TAKEN_MEANWHILE);
            }
            return slug;
        }
        String base = Slugs.from(fields.title(), "post");
        posts.lockSlugBase(base);
        Set<String> lost = new HashSet<>();
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            String slug = freeSlug(base, Set.of(), lost);
            if (savepoints.tryUnique(() -> posts.insert(rowWithSlug.apply(slug)))) {
                return slug;
            }
            lost.add(slug);
        }
        throw new IllegalStateException("No free slug for " + base + " after " + SLUG_ATTEMPTS + " attempts");
    }

    private String freeSlug(String base, Set<String> own) {
        return freeSlug(base, own, Set.of());
    }

    private String freeSlug(String base, Set<String> own, Set<String> alsoTaken) {
        return Slugs.firstFreeFor(base, own, alsoTaken, posts::selectTakenSlugs);
    }

    private String chosenSlug(String requested, UUID postId) {
        String slug = Slugs.from(requested, "");
        if (slug.isEmpty()) {
            throw new InvalidPostException("slug",
                    Refusal.of("refused.post.slugEmpty", "A slug needs at least one letter or digit."));
        }
        if (posts.existsSlugOfOtherPost(slug, postId)) {
            throw new InvalidPostException("slug",
                    Refusal.of("refused.post.slugTaken", "Another post already uses the slug \"{0}\".", slug));
        }
        return slug;
    }

    /** Only URLs that were ever public need a redirect; a draft's old slug was never shared. */
    private void rememberOldSlug(PostRow before, String newSlug) {
        posts.deleteSlugHistory(newSlug);
        if (before.publishedAt() != null) {
            posts.upsertSlugHistory(before.slug(), before.id());
        }
    }

    /** The search vector follows the language (a trigger computes it), so changing it re-indexes the post. */
    private static String language(PostDraft draft, String whenBlank) {
        String language = Languages.chosen(draft.language(), whenBlank);
        if (language == null) {
            throw new InvalidPostException("language", Languages.NOT_OFFERED);
        }
        return language;
    }

    private void checkCategories(Set<UUID> ids) {
        if (!ids.isEmpty() && categories.countExisting(List.copyOf(ids)) != ids.size()) {
            throw new InvalidPostException("categoryIds",
                    Refusal.of("refused.post.categoryGone", "One of the chosen categories no longer exists."));
        }
    }

    private void linkCategories(UUID postId, Set<UUID> ids) {
        if (!ids.isEmpty()) {
            posts.insertCategoryLinks(postId, new TreeSet<>(ids));
        }
    }

    private void relinkCategories(UUID postId, Set<UUID> wanted) {
        Set<UUID> current = new HashSet<>(posts.selectCategoryIds(postId));
        Set<UUID> removed = new TreeSet<>(current);
        removed.removeAll(wanted);
        Set<UUID> added = new TreeSet<>(wanted);
        added.removeAll(current);
        if (!removed.isEmpty()) {
            posts.deleteCategoryLinks(postId, removed);
        }
        linkCategories(postId, added);
    }

    private static String excerptOr(String excerpt, String html) {
        return excerpt != null ? excerpt : Excerpts.fromHtml(html);
    }

    /** Microseconds, as PostgreSQL stores them, so a keyset cursor made from this value matches the row. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
