package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.db.Savepoints;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageNotFoundException;
import io.inkwell.posts.PagePublished;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.ReservedPaths;
import io.inkwell.posts.StalePageException;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages are written as posts are (Markdown rendered and sanitised once, slugs from the title with {@code -2},
 * {@code -3} on clashes, optimistic versions, old slugs of published pages kept for a 301), with two differences:
 * their slugs are a uniqueness space of their own, and a slug the site's routes use ({@link ReservedPaths}) is
 * refused, since a page answers at {@code /{slug}}. A page going public is announced ({@link PagePublished}) for
 * webhooks; nothing else about pages is. Every save keeps a revision, as for posts.
 */
@Service
@Transactional
class PageCommandService implements PageCommands {

    /** Enough for any realistic burst of same-title pages; past it something else is wrong. */
    private static final int SLUG_ATTEMPTS = 20;
    private static final Refusal TAKEN_MEANWHILE = Refusal.of("refused.page.slugTakenMeanwhile",
            "Another page took this slug a moment ago; choose another.");

    private final PageMapper pages;
    private final ContentRenderer renderer;
    private final Savepoints savepoints;
    private final ReservedPaths reserved;
    private final RevisionRecorder revisions;
    private final SiteSettings site;
    private final ApplicationEventPublisher events;

    PageCommandService(PageMapper pages, ContentRenderer renderer, Savepoints savepoints, ReservedPaths reserved,
                       RevisionRecorder revisions, SiteSettings site, ApplicationEventPublisher events) {
        this.pages = pages;
        this.renderer = renderer;
        this.savepoints = savepoints;
        this.reserved = reserved;
        this.revisions = revisions;
        this.site = site;
        this.events = events;
    }

    @Override
    public PageRef create(Actor actor, PageDraft draft, boolean publish) {
        allowed(actor);
        PageFields fields = PageFields.check(draft);
        String language = language(draft, site.current().settings().language().code());
        String html = renderer.render(fields.content());
        PageStatus status = publish ? PageStatus.PUBLISHED : PageStatus.DRAFT;
        Instant publishedAt = publish ? now() : null;
        UUID id = TimeOrderedIds.next();
        String slug = insertWithFreeSlug(fields, id, chosen -> new PageRow(id, fields.title(), chosen, fields.content(), html,
                Excerpts.fromHtml(html), status, publishedAt, 0, null, null, language));
        revisions.pageSaved(id, fields.title(), fields.content(), actor.userId(), publish);
        if (publish) {
            events.publishEvent(new PagePublished(id, slug, publishedAt, 0));
        }
        return new PageRef(id, slug, status);
    }

    @Override
    public PageRef update(Actor actor, UUID pageId, int version, PageDraft draft, boolean publish) {
        allowed(actor);
        PageRow current = locked(pageId);
        if (current.version() != version) {
            throw new StalePageException();
        }
        PageFields fields = PageFields.check(draft);
        String language = language(draft, current.language());
        String slug = fields.requestedSlug() == null
                ? unreserved(freeSlug(Slugs.from(fields.title(), "page"), current.slug(), Set.of()))
                : chosenSlug(fields.requestedSlug(), pageId);
        String html = renderer.render(fields.content());
        PageStatus status = publish ? PageStatus.PUBLISHED : current.status();
        Instant publishedAt = publish && current.publishedAt() == null ? now() : current.publishedAt();
        PageRow edited = new PageRow(pageId, fields.title(), slug, fields.content(), html, Excerpts.fromHtml(html), status,
                publishedAt, version, null, null, language);
        int[] updated = new int[1];
        if (!savepoints.tryUnique(() -> updated[0] = pages.update(edited))) {
            throw new InvalidPageException("slug", TAKEN_MEANWHILE);
        }
        if (updated[0] == 0) {
            throw new StalePageException();
        }
        if (!slug.equals(current.slug())) {
            rememberOldSlug(current, slug);
        }
        revisions.pageSaved(pageId, fields.title(), fields.content(), actor.userId(), status == PageStatus.PUBLISHED);
        if (status == PageStatus.PUBLISHED && current.status() != PageStatus.PUBLISHED) {
            events.publishEvent(new PagePublished(pageId, slug, publishedAt, version + 1));
        }
        return new PageRef(pageId, slug, status);
    }

    /** A slug reserved since the page was written would be shadowed by its route: it must be changed first. */
    @Override
    public PageRef publish(Actor actor, UUID pageId) {
        allowed(actor);
        PageRow page = locked(pageId);
        if (page.status() != PageStatus.PUBLISHED) {
            unreserved(page.slug());
            Instant publishedAt = page.publishedAt() == null ? now() : page.publishedAt();
            pages.updateStatus(pageId, PageStatus.PUBLISHED, publishedAt);
            revisions.pagePublished(pageId);
            events.publishEvent(new PagePublished(pageId, page.slug(), publishedAt, page.version() + 1));
        }
        return new PageRef(pageId, page.slug(), PageStatus.PUBLISHED);
    }

    /** The first publication date is kept, as for posts. */
    @Override
    public PageRef returnToDraft(Actor actor, UUID pageId) {
        allowed(actor);
        PageRow page = locked(pageId);
        if (page.status() != PageStatus.DRAFT) {
            pages.updateStatus(pageId, PageStatus.DRAFT, page.publishedAt());
        }
        return new PageRef(pageId, page.slug(), PageStatus.DRAFT);
    }

    @Override
    public void delete(Actor actor, UUID pageId) {
        allowed(actor);
        locked(pageId);
        pages.deleteById(pageId);
    }

    /** Renders only; no transaction, so no pooled connection is taken for it. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public String preview(Actor actor, String markdown) {
        allowed(actor);
        return renderer.render(PageFields.content(markdown));
    }

    /** As a post's: the search vector follows the language, so changing it re-indexes the page. */
    private static String language(PageDraft draft, String whenBlank) {
        String language = Languages.chosen(draft.language(), whenBlank);
        if (language == null) {
            throw new InvalidPageException("language", Languages.NOT_OFFERED);
        }
        return language;
    }

    private static void allowed(Actor actor) {
        if (!actor.mayManagePages()) {
            throw new NotAllowedException("Only admins may write pages.");
        }
    }

    /** The row, locked to the end of the transaction, so a status change and an edit cannot cross. */
    private PageRow locked(UUID pageId) {
        return pages.selectByIdForUpdate(pageId).orElseThrow(() -> new PageNotFoundException("No page " + pageId));
    }

    /**
     * Inserts under a savepoint; when a concurrent transaction took the slug first, the unique index refuses it
     * and the next free suffix is tried.
     */
    private String insertWithFreeSlug(PageFields fields, UUID id, Function<String, PageRow> rowWithSlug) {
        if (fields.requestedSlug() != null) {
            String slug = chosenSlug(fields.requestedSlug(), id);
            if (!savepoints.tryUnique(() -> pages.insert(rowWithSlug.apply(slug)))) {
                throw new InvalidPageException("slug", TAKEN_MEANWHILE);
            }
            return slug;
        }
        String base = Slugs.from(fields.title(), "page");
        pages.lockSlugBase(base);
        Set<String> lost = new HashSet<>();
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            String slug = unreserved(freeSlug(base, null, lost));
            if (savepoints.tryUnique(() -> pages.insert(rowWithSlug.apply(slug)))) {
                return slug;
            }
            lost.add(slug);
        }
        throw new IllegalStateException("No free slug for " + base + " after " + SLUG_ATTEMPTS + " attempts");
    }

    /** {@code base} or its first free {@code -N}; {@code own} (the page's current slug, or null) is free for it. */
    private String freeSlug(String base, String own, Set<String> alsoTaken) {
        return Slugs.firstFreeFor(base, own == null ? Set.of() : Set.of(own), alsoTaken, pages::selectTakenSlugs);
    }

    private String chosenSlug(String requested, UUID pageId) {
        String slug = Slugs.from(requested, "");
        if (slug.isEmpty()) {
            throw new InvalidPageException("slug",
                    Refusal.of("refused.page.slugEmpty", "A slug needs at least one letter or digit."));
        }
        unreserved(slug);
        if (pages.existsSlugOfOtherPage(slug, pageId)) {
            throw new InvalidPageException("slug",
                    Refusal.of("refused.page.slugTaken", "Another page already uses the slug \"{0}\".", slug));
        }
        return slug;
    }

    private String unreserved(String slug) {
        if (reserved.isReserved(slug)) {
            throw new InvalidPageException("slug", Refusal.of("refused.page.slugReserved",
                    "The address /{0} belongs to the site itself; choose another slug.", slug));
        }
        return slug;
    }

    /** Only URLs that were ever public need a redirect; a draft's old slug was never shared. */
    private void rememberOldSlug(PageRow before, String newSlug) {
        pages.deleteSlugHistory(newSlug);
        if (before.publishedAt() != null) {
            pages.upsertSlugHistory(before.slug(), before.id());
        }
    }

    /** Microseconds, as PostgreSQL stores them. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
