package io.inkwell.posts.internal;

import static io.inkwell.posts.PostLimits.CATEGORY_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.CATEGORY_NAME_MAX;

import io.inkwell.db.Savepoints;
import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryNotFoundException;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.DuplicateCategoryException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CategoryService implements Categories {

    private static final int ATTEMPTS = 10;

    private final CategoryMapper categories;
    private final Savepoints savepoints;

    CategoryService(CategoryMapper categories, Savepoints savepoints) {
        this.categories = categories;
        this.savepoints = savepoints;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> all() {
        return categories.selectAll().stream().map(CategoryService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> bySlugAfter(Optional<String> afterSlug, int limit) {
        return categories.selectBySlugAfter(afterSlug.orElse(null), limit).stream().map(CategoryService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CategoryView> bySlug(String slug) {
        return categories.selectBySlug(slug).map(CategoryService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CategoryView> byId(UUID id) {
        return categories.selectById(id).map(CategoryService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : categories.selectByIds(ids).stream().map(CategoryService::view).toList();
    }

    @Override
    public CategoryView create(Actor actor, String name, String description) {
        checkMayManage(actor);
        String cleanName = name(name);
        String cleanDescription = description(description);
        UUID id = TimeOrderedIds.next();
        CategoryRow row = write(cleanName, null, slug -> categories.insert(
                new CategoryRow(id, cleanName, slug, cleanDescription, 0, null, null)));
        return view(categories.selectById(id).orElse(row));
    }

    @Override
    public CategoryView update(Actor actor, UUID id, String name, String description) {
        checkMayManage(actor);
        CategoryRow current = categories.selectById(id).orElseThrow(() -> new CategoryNotFoundException("No category " + id));
        String cleanName = name(name);
        String cleanDescription = description(description);
        if (cleanName.equals(current.name())) {
            categories.update(new CategoryRow(id, cleanName, current.slug(), cleanDescription, 0, null, null));
        } else {
            write(cleanName, id, slug -> categories.update(new CategoryRow(id, cleanName, slug, cleanDescription, 0, null, null)));
        }
        return view(categories.selectById(id).orElseThrow());
    }

    @Override
    public void delete(Actor actor, UUID id) {
        checkMayManage(actor);
        if (categories.deleteById(id) == 0) {
            throw new CategoryNotFoundException("No category " + id);
        }
    }

    /**
     * Writes under a savepoint: a concurrent transaction may take the name (then it is a duplicate) or
     * only the slug (then the next suffix is tried).
     */
    private CategoryRow write(String name, UUID self, java.util.function.Consumer<String> writeWithSlug) {
        if (categories.existsByName(name, self)) {
            throw new DuplicateCategoryException(name);
        }
        String base = Slugs.from(name, "category");
        Set<String> lost = new HashSet<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Set<String> taken = new HashSet<>(categories.selectTakenSlugs(base, self));
            taken.addAll(lost);
            String slug = Slugs.firstFree(base, taken);
            if (savepoints.tryUnique(() -> writeWithSlug.accept(slug))) {
                return new CategoryRow(self, name, slug, null, 0, null, null);
            }
            if (categories.existsByName(name, self)) {
                throw new DuplicateCategoryException(name);
            }
            lost.add(slug);
        }
        throw new IllegalStateException("No free slug for category " + name);
    }

    private static void checkMayManage(Actor actor) {
        if (!actor.mayManageCategories()) {
            throw new NotAllowedException("Only admins may manage categories.");
        }
    }

    private static String name(String name) {
        String clean = StorableText.blankToNull(name);
        if (clean == null || clean.length() > CATEGORY_NAME_MAX) {
            throw new IllegalArgumentException("A category name has 1 to " + CATEGORY_NAME_MAX + " characters.");
        }
        return clean;
    }

    private static String description(String description) {
        String clean = StorableText.blankToNull(description);
        if (clean != null && clean.length() > CATEGORY_DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A category description has at most " + CATEGORY_DESCRIPTION_MAX + " characters.");
        }
        return clean;
    }

    private static CategoryView view(CategoryRow row) {
        return new CategoryView(row.id(), row.name(), row.slug(), row.description(), row.postCount());
    }
}
