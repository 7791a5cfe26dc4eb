package io.inkwell.web.revisions;

import io.inkwell.posts.RevisionOf;
import io.inkwell.web.security.SignedInUser;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A post's revisions: the list (newest first) and "Compare"; "Restore this revision" opens the editor with it. */
@Controller
class PostRevisionController {

    private final RevisionPages pages;

    PostRevisionController(RevisionPages pages) {
        this.pages = pages;
    }

    @GetMapping("/posts/{id}/revisions")
    String listRevisions(@PathVariable UUID id, @RequestParam(name = "page", required = false) Integer page,
                         @AuthenticationPrincipal SignedInUser me, Model model) {
        return pages.list(model, me.actor(), RevisionOf.post(id), "/posts/" + id, "/posts/" + id + "/edit", page);
    }

    @GetMapping("/posts/{id}/revisions/compare")
    String compareRevisions(@PathVariable UUID id, @RequestParam("from") int from, @RequestParam("to") int to,
                            @AuthenticationPrincipal SignedInUser me, Model model) {
        return pages.compare(model, me.actor(), RevisionOf.post(id), "/posts/" + id, "/posts/" + id + "/edit", from, to);
    }
}
