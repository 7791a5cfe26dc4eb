package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading and managing categories. Writes are for those who may manage categories
 * ({@link Actor#mayManageCategories()}: admins) and throw {@link NotAllowedException} for anyone else, and
 * {@link DuplicateCategoryException} and {@link CategoryNotFoundException}.
 */
public interface Categories {

    List<CategoryView> all();

    /**
     * At most {@code limit} categories by slug, after {@code afterSlug} or from the first: a keyset page for
     * readers that page through every category (the Content API), one statement along the slug's index.
     */
    List<CategoryView> bySlugAfter(Optional<String> afterSlug, int limit);

    Optional<CategoryView> bySlug(String slug);

    Optional<CategoryView> byId(UUID id);

    /**
     * The categories of these ids that exist, in one statement. Meant for the site's navigation menus, which
     * are resolved off the request threads: its statement is marked as background work, so the benchmark
     * leaves it out of the statements of a page.
     */
    List<CategoryView> byIds(Collection<UUID> ids);

    CategoryView create(Actor actor, String name, String description);

    CategoryView update(Actor actor, UUID id, String name, String description);

    void delete(Actor actor, UUID id);
}
