package io.inkwell.web.admin.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.AdminPostFilter;
import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.posts.PostCard;
import io.inkwell.web.posts.PostCards;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AdminPostController {

    private final PostAdministration posts;
    private final PostCommands commands;
    private final Categories categories;
    private final PostCards cards;
    private final SiteMessages messages;

    AdminPostController(PostAdministration posts, PostCommands commands, Categories categories, PostCards cards,
                        SiteMessages messages) {
        this.posts = posts;
        this.commands = commands;
        this.categories = categories;
        this.cards = cards;
        this.messages = messages;
    }

    @GetMapping("/admin/posts")
    String listPosts(@RequestParam(name = "status", required = false) String status,
                     @RequestParam(name = "author", required = false) String author,
                     @RequestParam(name = "category", required = false) String category,
                     @RequestParam(name = "q", required = false) String text,
                     @RequestParam(name = "page", required = false) Integer page, Model model) {
        PostStatus statusFilter = Arrays.stream(PostStatus.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst().orElse(null);
        String query = text == null || text.length() <= AdminPostFilter.MAX_TEXT_LENGTH ? text
                : text.substring(0, AdminPostFilter.MAX_TEXT_LENGTH);
        AdminPostFilter filter = new AdminPostFilter(statusFilter, uuid(author), uuid(category), query);
        Page<PostSummary> found = posts.adminPosts(filter, PageRequest.of(page, 25));
        Page<PostCard> rows = new Page<>(cards.withoutCommentCounts(found.items()), found.number(), found.size(), found.totalItems(),
                found.hasNext());
        model.addAttribute("posts", rows);
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name().toLowerCase());
        model.addAttribute("author", filter.authorId() == null ? "" : filter.authorId().toString());
        model.addAttribute("category", filter.categoryId() == null ? "" : filter.categoryId().toString());
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("statuses", Choice.lowerCase(PostStatus.values(), messages));
        model.addAttribute("categories", Choice.of(categories.all(), CategoryView::id, CategoryView::name));
        return "admin/posts/list";
    }

    @PostMapping("/admin/posts/{id}/status")
    String changeStatus(@PathVariable UUID id, @RequestParam("status") String status,
                        @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        PostStatus changed = switch (status) {
            case "published" -> commands.publish(me.actor(), id).status();
            case "archived" -> commands.archive(me.actor(), id).status();
            case "draft" -> commands.returnToDraft(me.actor(), id).status();
            default -> null;
        };
        if (changed == null) {
            redirect.addFlashAttribute("error", messages.getMessage("admin.posts.list.flash.unknownStatus"));
            return "redirect:/admin/posts";
        }
        redirect.addFlashAttribute("message", messages.getMessage("admin.posts.list.flash.changed",
                new Object[] {messages.label(changed)}));
        return "redirect:/admin/posts";
    }

    /** Filters come from links and hand-edited URLs: anything that is not an id means "any". */
    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
