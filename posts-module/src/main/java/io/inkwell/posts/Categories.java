package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
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

    Optional<CategoryView> bySlug(String slug);

    Optional<CategoryView> byId(UUID id);

    CategoryView create(Actor actor, String name, String description);

    CategoryView update(Actor actor, UUID id, String name, String description);

    void delete(Actor actor, UUID id);
}
