package io.inkwell.posts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading and managing categories. Writes throw {@link DuplicateCategoryException} and {@link CategoryNotFoundException}. */
public interface Categories {

    List<CategoryView> all();

    Optional<CategoryView> bySlug(String slug);

    Optional<CategoryView> byId(UUID id);

    CategoryView create(String name, String description);

    CategoryView update(UUID id, String name, String description);

    void delete(UUID id);
}
