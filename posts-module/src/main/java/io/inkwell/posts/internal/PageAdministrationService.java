package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.posts.PageAdministration;
import io.inkwell.posts.PageForEditing;
import io.inkwell.posts.PageNotFoundException;
import io.inkwell.posts.PageSummary;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PageAdministrationService implements PageAdministration {

    private final PageMapper pages;

    PageAdministrationService(PageMapper pages) {
        this.pages = pages;
    }

    @Override
    public Page<PageSummary> pages(Actor actor, PageRequest request) {
        allowed(actor);
        return PagedQueries.counted(request, pages::selectForAdmin);
    }

    @Override
    public PageForEditing forEditing(UUID pageId, Actor actor) {
        allowed(actor);
        PageRow row = pages.selectById(pageId).orElseThrow(() -> new PageNotFoundException("No page " + pageId));
        return new PageForEditing(row.id(), row.title(), row.slug(), row.content(), row.status(), row.version(),
                row.publishedAt(), row.updatedAt(), Languages.of(row.language()));
    }

    private static void allowed(Actor actor) {
        if (!actor.mayManagePages()) {
            throw new NotAllowedException("Only admins may manage pages.");
        }
    }
}
