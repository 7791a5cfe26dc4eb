package io.inkwell.web.admin.comments;

import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.ModerationAction;
import io.inkwell.comments.ModerationQueue;
import io.inkwell.comments.ModerationRefusedException;
import io.inkwell.comments.QueueCursor;
import io.inkwell.comments.QueueTab;
import io.inkwell.comments.QueuedComment;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostSummary;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue: a tab of comments newest first, each with its post, author, address hash, links and the
 * rule that held it, and its actions, one comment at a time or for the selected ones ("Apply to selected"). Who
 * may use it is the comments service's to say ({@code Actor.mayModerateComments()}); everyone else gets a 403.
 */
@Controller
class AdminCommentController {

    /** The actions' names in the per-comment addresses, /admin/comments/{id}/{action}. */
    private static final Map<String, ModerationAction> ACTIONS = Map.of("approve", ModerationAction.APPROVE,
            "spam", ModerationAction.SPAM, "delete", ModerationAction.DELETE, "hide", ModerationAction.HIDE_THREAD,
            "show", ModerationAction.SHOW_THREAD, "ban", ModerationAction.BAN_AUTHOR);

    private final CommentModeration moderation;
    private final PostAdministration posts;
    private final SiteMessages messages;

    AdminCommentController(CommentModeration moderation, PostAdministration posts, SiteMessages messages) {
        this.moderation = moderation;
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping("/admin/comments")
    String showQueue(@RequestParam(required = false) String tab, @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID post, @AuthenticationPrincipal SignedInUser me, Model model) {
        QueueTab shown = tabNamed(tab);
        ModerationQueue queue = moderation.queue(me.actor(), shown, QueueCursor.parse(after), post);
        Map<UUID, PostSummary> postsById = posts.byIds(queue.comments().stream().map(QueuedComment::postId).distinct().toList())
                .stream().collect(Collectors.toMap(PostSummary::id, Function.identity(), (a, b) -> a));
        model.addAttribute("queue", queue);
        model.addAttribute("tabs", QueueTab.values());
        model.addAttribute("tabParam", param(shown));
        model.addAttribute("rows", queue.comments().stream().map(comment -> row(comment, postsById.get(comment.postId()))).toList());
        model.addAttribute("actions", ModerationAction.values());
        model.addAttribute("filtered", post != null);
        model.addAttribute("filteredPost", post == null ? null : Optional.ofNullable(postsById.get(post))
                .map(PostSummary::title).orElse(null));
        model.addAttribute("continued", QueueCursor.parse(after).isPresent());
        return "admin/comments/list";
    }

    /** One comment's button: the whole form is sent, only this comment is acted on. */
    @PostMapping("/admin/comments/{id}/{action:approve|spam|delete|hide|show|ban}")
    String processOne(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String tab,
            @RequestParam(required = false) UUID post, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        return moderate(ACTIONS.get(action), List.of(id), post, tab, me, redirect);
    }

    /** The selected comments ({@code ids}), all or none; with {@code post} set, all must be of that post. */
    @PostMapping("/admin/comments/bulk")
    String processSelected(@RequestParam(name = "ids", required = false) List<UUID> ids,
            @RequestParam(required = false) String action, @RequestParam(required = false) String tab,
            @RequestParam(required = false) UUID post, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        if (action == null || action.isBlank()) {
            redirect.addFlashAttribute("commentProblem", messages.getMessage("admin.comments.list.flash.noAction"));
            return backToQueue(tab, post, redirect);
        }
        return moderate(actionNamed(action), ids == null ? List.of() : ids, post, tab, me, redirect);
    }

    private String moderate(ModerationAction action, List<UUID> ids, UUID post, String tab, SignedInUser me,
            RedirectAttributes redirect) {
        try {
            int done = moderation.moderate(me.actor(), action, ids, post);
            redirect.addFlashAttribute("commentMessage", messages.getMessage(outcomeKey(action), new Object[] {done}));
        } catch (ModerationRefusedException refused) {
            redirect.addFlashAttribute("commentProblem",
                    refused.refusals().stream().map(messages::getMessage).collect(Collectors.joining(" ")));
        }
        return backToQueue(tab, post, redirect);
    }

    private static String backToQueue(String tab, UUID post, RedirectAttributes redirect) {
        redirect.addAttribute("tab", param(tabNamed(tab)));
        if (post != null) {
            redirect.addAttribute("post", post);
        }
        return "redirect:/admin/comments";
    }

    /** "3 comments approved.": what was done, with how many. */
    private static String outcomeKey(ModerationAction action) {
        return switch (action) {
            case APPROVE -> "admin.comments.list.flash.approved";
            case SPAM -> "admin.comments.list.flash.markedAsSpam";
            case DELETE -> "admin.comments.list.flash.deleted";
            case HIDE_THREAD -> "admin.comments.list.flash.hidden";
            case SHOW_THREAD -> "admin.comments.list.flash.shown";
            case BAN_AUTHOR -> "admin.comments.list.flash.banned";
        };
    }

    /** A post that is gone has neither title nor slug: the page says "(unknown post)". */
    private static QueueRow row(QueuedComment comment, PostSummary post) {
        return new QueueRow(comment, post == null ? null : post.title(), post == null ? null : post.slug());
    }

    /** "held", "approved", "spam", "reported"; anything else is the first tab, as a hand-edited address shows. */
    private static QueueTab tabNamed(String name) {
        for (QueueTab tab : QueueTab.values()) {
            if (param(tab).equals(name)) {
                return tab;
            }
        }
        return QueueTab.HELD;
    }

    static String param(QueueTab tab) {
        return tab.name().toLowerCase(Locale.ROOT);
    }

    /** The bulk form's choice; a value it never offers is a damaged form. */
    private static ModerationAction actionNamed(String name) {
        for (ModerationAction action : ModerationAction.values()) {
            if (action.name().equals(name)) {
                return action;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such action");
    }
}
