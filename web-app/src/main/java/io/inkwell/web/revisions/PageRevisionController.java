package io.inkwell.web.revisions;

import io.inkwell.posts.RevisionOf;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.security.SignedInUser;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A static page's revisions, for admins: as a post's, under the page's admin address. */
@Controller
class PageRevisionController {

    private final RevisionPages revisions;

    PageRevisionController(RevisionPages revisions) {
        this.revisions = revisions;
    }

    @GetMapping("/admin/pages/{id}/revisions")
    String listRevisions(@PathVariable String id, @RequestParam(name = "page", required = false) Integer page,
                         @AuthenticationPrincipal SignedInUser me, Model model) {
        UUID pageId = NotFound.idOrNotFound(id);
        String base = "/admin/pages/" + pageId;
        return revisions.list(model, me.actor(), RevisionOf.page(pageId), base, base + "/edit", page);
    }

    @GetMapping("/admin/pages/{id}/revisions/compare")
    String compareRevisions(@PathVariable String id, @RequestParam("from") int from, @RequestParam("to") int to,
                            @AuthenticationPrincipal SignedInUser me, Model model) {
        UUID pageId = NotFound.idOrNotFound(id);
        String base = "/admin/pages/" + pageId;
        return revisions.compare(model, me.actor(), RevisionOf.page(pageId), base, base + "/edit", from, to);
    }
}
