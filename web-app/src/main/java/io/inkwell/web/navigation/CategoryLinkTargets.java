package io.inkwell.web.navigation;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.settings.LinkKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Menu items leading to a category's page. */
@Component
class CategoryLinkTargets implements LinkTargets {

    private final Categories categories;

    CategoryLinkTargets(Categories categories) {
        this.categories = categories;
    }

    @Override
    public LinkKind kind() {
        return LinkKind.CATEGORY;
    }

    @Override
    public List<LinkOption> options() {
        return categories.all().stream().map(category -> new LinkOption(category.id(), category.name(), "/categories/" + category.slug())).toList();
    }

    @Override
    public Map<UUID, ResolvedLink> resolve(Collection<UUID> ids) {
        return categories.byIds(ids).stream().collect(Collectors.toMap(CategoryView::id,
                category -> new ResolvedLink(category.name(), "/categories/" + category.slug()), (a, b) -> a));
    }
}
