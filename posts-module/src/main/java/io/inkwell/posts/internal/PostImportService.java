package io.inkwell.posts.internal;

import io.inkwell.db.Savepoints;
import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.ContentImportResult;
import io.inkwell.posts.ImportedCategory;
import io.inkwell.posts.ImportedPage;
import io.inkwell.posts.ImportedPost;
import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostImagesChanged;
import io.inkwell.posts.PostImports;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.ReservedPaths;
import io.inkwell.users.Actor;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.NotAllowedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports keep the editor's rules ({@link PostFields}, {@link PageFields}, {@link TagNames}, the categories' names) and
 * its slugs (the next free {@code -N}; a page never takes a route's name), and differ from it only in what an import
 * must keep: the other site's dates, and its HTML as the text ({@link ImportedHtml}). What is imported is in the
 * language the import names (one the site offers), else in the site's, as a new post is.
 */
@Service
@Transactional
class PostImportService implements PostImports {

    private static final int SLUG_ATTEMPTS = 20;

    private final PostMapper posts;
    private final PageMapper pages;
    private final CategoryMapper categories;
    private final PostTagLinks tags;
    private final ImportedHtml importedHtml;
    private final Savepoints savepoints;
    private final ReservedPaths reserved;
    private final ApplicationEventPublisher events;
    private final SiteSettings site;

    PostImportService(PostMapper posts, PageMapper pages, CategoryMapper categories, PostTagLinks tags,
                      ImportedHtml importedHtml, Savepoints savepoints, ReservedPaths reserved,
                      ApplicationEventPublisher events, SiteSettings site) {
        this.posts = posts;
        this.pages = pages;
        this.categories = categories;
        this.tags = tags;
        this.importedHtml = importedHtml;
        this.savepoints = savepoints;
        this.reserved = reserved;
        this.events = events;
        this.site = site;
    }

    @Override
    public Map<String, UUID> importCategories(Actor actor, List<ImportedCategory> wanted) {
        requireExchange(actor);
        Map<String, UUID> byKey = new HashMap<>();
        categories.selectAll().forEach(row -> byKey.put(row.name().toLowerCase(Locale.ROOT), row.id()));
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (ImportedCategory category : wanted) {
            String name = StorableText.blankToNull(category.name());
            if (name == null || name.length() > PostLimits.CATEGORY_NAME_MAX) {
                continue;
            }
            String description = StorableText.blankToNull(category.description());
            if (description != null && description.length() > PostLimits.CATEGORY_DESCRIPTION_MAX) {
                description = null;
            }
            String key = name.toLowerCase(Locale.ROOT);
            UUID id = byKey.get(key);
            if (id == null) {
                id = createCategory(name, description);
                byKey.put(key, id);
            }
            ids.put(category.name(), id);
        }
        return ids;
    }

    @Override
    public List<ContentImportResult> importPosts(Actor actor, List<ImportedPost> wanted) {
        requireExchange(actor);
        tags.holdTags();
        Set<UUID> allCategories = new HashSet<>();
        wanted.forEach(post -> allCategories.addAll(post.categoryIds()));
        Set<UUID> existingCategories = allCategories.isEmpty() ? Set.of()
                : new HashSet<>(categories.selectByIds(allCategories).stream().map(CategoryRow::id).toList());
        List<ContentImportResult> results = new ArrayList<>(wanted.size());
        for (ImportedPost post : wanted) {
            try {
                results.add(importPost(post, existingCategories));
            } catch (InvalidPostException e) {
                results.add(ContentImportResult.refused(e.refusal()));
            }
        }
        return results;
    }

    @Override
    public List<ContentImportResult> importPages(Actor actor, List<ImportedPage> wanted) {
        requireExchange(actor);
        List<ContentImportResult> results = new ArrayList<>(wanted.size());
        for (ImportedPage page : wanted) {
            try {
                results.add(importPage(page));
            } catch (InvalidPageException e) {
                results.add(ContentImportResult.refused(e.refusal()));
            }
        }
        return results;
    }

    private ContentImportResult importPost(ImportedPost post, Set<UUID> existingCategories) {
        ImportedHtml.Converted text = importedHtml.convert(post.html());
        PostFields fields = PostFields.check(new PostDraft(post.title(), null, text.source(), post.excerpt(),
                post.featuredImageUrl(), post.categoryIds(), post.tags()));
        String language = Languages.chosen(post.language(), siteLanguage());
        if (language == null) {
            throw new InvalidPostException("language", Languages.NOT_OFFERED);
        }
        Set<UUID> tagIds = tags.resolve(post.tags());
        boolean published = post.status() == PostStatus.PUBLISHED;
        Instant created = micros(post.createdAt() == null ? Instant.now() : post.createdAt());
        Instant updated = post.updatedAt() == null ? created : micros(post.updatedAt());
        Instant publishedAt = post.publishedAt() != null ? micros(post.publishedAt()) : published ? created : null;
        String excerpt = fields.excerpt() != null ? fields.excerpt() : Excerpts.fromHtml(text.html());
        UUID id = TimeOrderedIds.next();
        String base = Slugs.from(blankTo(post.slug(), fields.title()), "post");
        String slug = insertWithFreeSlug(base, false, chosen -> posts.insertImported(
                new PostRow(id, post.authorId(), fields.title(), chosen, text.source(), text.html(), excerpt,
                        fields.featuredImageUrl(), post.status(), 0, publishedAt, 0, created, updated, null, null, false,
                        language)));
        Set<UUID> categoryIds = new TreeSet<>(post.categoryIds());
        categoryIds.retainAll(existingCategories);
        if (!categoryIds.isEmpty()) {
            posts.insertCategoryLinks(id, categoryIds);
        }
        tags.link(id, tagIds);
        Set<String> images = ContentRenderer.imageUrls(text.html(), fields.featuredImageUrl());
        if (!images.isEmpty()) {
            events.publishEvent(new PostImagesChanged(id, 0, images));
        }
        if (published) {
            events.publishEvent(new PostPublished(id, post.authorId(), slug, publishedAt, 0));
        }
        return new ContentImportResult(id, slug, null);
    }

    private ContentImportResult importPage(ImportedPage page) {
        ImportedHtml.Converted text = importedHtml.convert(page.html());
        PageFields fields = PageFields.check(new PageDraft(page.title(), null, text.source()));
        String language = Languages.chosen(page.language(), siteLanguage());
        if (language == null) {
            throw new InvalidPageException("language", Languages.NOT_OFFERED);
        }
        boolean published = page.status() == PageStatus.PUBLISHED;
        Instant created = micros(page.createdAt() == null ? Instant.now() : page.createdAt());
        Instant updated = page.updatedAt() == null ? created : micros(page.updatedAt());
        Instant publishedAt = page.publishedAt() != null ? micros(page.publishedAt()) : published ? created : null;
        UUID id = TimeOrderedIds.next();
        String base = Slugs.from(blankTo(page.slug(), fields.title()), "page");
        String slug = insertWithFreeSlug(base, true, chosen -> pages.insertImported(
                new PageRow(id, fields.title(), chosen, text.source(), text.html(), Excerpts.fromHtml(text.html()),
                        page.status(), publishedAt, 0, created, updated, language)));
        return new ContentImportResult(id, slug, null);
    }

    /**
     * The base or its first free {@code -N} (a route's name is never a free page slug), inserted under a savepoint
     * and tried again when a concurrent writer took it first; the lock on the base queues writers of one base.
     */
    private String insertWithFreeSlug(String base, boolean page, Consumer<String> insert) {
        Set<String> unavailable = new HashSet<>();
        if (page) {
            pages.lockSlugBase(base);
        } else {
            posts.lockSlugBase(base);
        }
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            String slug = Slugs.firstFreeFor(base, Set.of(), unavailable,
                    page ? pages::selectTakenSlugs : posts::selectTakenSlugs);
            if (page && reserved.isReserved(slug)) {
                unavailable.add(slug);
                continue;
            }
            if (savepoints.tryUnique(() -> insert.accept(slug))) {
                return slug;
            }
            unavailable.add(slug);
        }
        throw new IllegalStateException("No free slug for " + base + " after " + SLUG_ATTEMPTS + " attempts");
    }

    private UUID createCategory(String name, String description) {
        String base = Slugs.from(name, "category");
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            String slug = Slugs.firstFree(base, categories.selectTakenSlugs(base, null));
            UUID id = TimeOrderedIds.next();
            if (savepoints.tryUnique(() -> categories.insert(new CategoryRow(id, name, slug, description, 0, null, null)))) {
                return id;
            }
            // The name (not the slug) may have been taken meanwhile: then that category is the one.
            UUID named = categories.selectAll().stream().filter(row -> row.name().equalsIgnoreCase(name))
                    .map(CategoryRow::id).findFirst().orElse(null);
            if (named != null) {
                return named;
            }
        }
        throw new IllegalStateException("No free slug for category " + base);
    }

    private String siteLanguage() {
        return site.current().settings().language().code();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireExchange(Actor actor) {
        if (!actor.mayExchangeContent()) {
            throw new NotAllowedException("Only active admins import content; refused to " + actor.userId());
        }
    }
}
