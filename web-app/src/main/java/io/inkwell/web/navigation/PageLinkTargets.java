package io.inkwell.web.navigation;

import io.inkwell.posts.PageReading;
import io.inkwell.posts.PageSummary;
import io.inkwell.settings.LinkKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Menu items leading to a static page; a page returned to draft leaves the menus until it is published again. */
@Component
class PageLinkTargets implements LinkTargets {

    private final PageReading pages;

    PageLinkTargets(PageReading pages) {
        this.pages = pages;
    }

    @Override
    public LinkKind kind() {
        return LinkKind.PAGE;
    }

    @Override
    public List<LinkOption> options() {
        return pages.publishedByTitle().stream().map(page -> new LinkOption(page.id(), page.title(), "/" + page.slug())).toList();
    }

    @Override
    public Map<UUID, ResolvedLink> resolve(Collection<UUID> ids) {
        return pages.publishedByIds(ids).stream().collect(Collectors.toMap(PageSummary::id,
                page -> new ResolvedLink(page.title(), "/" + page.slug()), (a, b) -> a));
    }
}
