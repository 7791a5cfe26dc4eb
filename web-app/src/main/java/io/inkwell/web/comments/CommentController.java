package io.inkwell.web.comments;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentAuthoring;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentForms;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentThread;
import io.inkwell.comments.CommentThreads;
import io.inkwell.comments.EditComment;
import io.inkwell.comments.GuestAuthor;
import io.inkwell.comments.PostedComment;
import io.inkwell.comments.Submission;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostReading;
import io.inkwell.users.NotAllowedException;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.Confirmation;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.limits.ClientAddresses;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comment writes from the post page, and the pages a comment needs of its own (the form for readers without an
 * account, subtree, edit, delete), and a reader's report and a moderator's lock.
 */
@Controller
class CommentController {

    private static final String FORM = "comments/form";

    private final CommentCommands commands;
    private final CommentAuthoring authoring;
    private final CommentThreads threads;
    private final CommentForms forms;
    private final CommentSection section;
    private final PostReading posts;
    private final ClientAddresses addresses;
    private final SiteMessages messages;

    CommentController(CommentCommands commands, CommentAuthoring authoring, CommentThreads threads, CommentForms forms,
            CommentSection section, PostReading posts, ClientAddresses addresses, SiteMessages messages) {
        this.commands = commands;
        this.authoring = authoring;
        this.threads = threads;
        this.forms = forms;
        this.section = section;
        this.posts = posts;
        this.addresses = addresses;
        this.messages = messages;
    }

    /**
     * A comment form on a page of its own: for readers without an account (the post page they read is kept and
     * served to others, so it carries no form), and for anyone without the post page's reply form.
     */
    @GetMapping("/posts/{slug}/comments/new")
    String initAddForm(@PathVariable String slug, @RequestParam(required = false) UUID replyTo,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        PostDetail post = postAt(slug, me);
        if (me == null && !section.takesGuestComments()) {
            return "redirect:/login";
        }
        boolean open = post.isPublished() && threads.statusOf(post.id()).open();
        model.addAttribute("commentForm", CommentForm.empty(replyTo, open ? forms.tokenFor(post.id()) : null));
        model.addAttribute("commentsOpen", open);
        return addFormPage(model, slug, replyTo, me);
    }

    @PostMapping("/posts/{slug}/comments")
    String processAddForm(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult result, @AuthenticationPrincipal SignedInUser me, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        PostDetail post = postAt(slug, me);
        if (form == null || result.getTarget() == null) {
            // Only a tampered hidden field (a parent id that is no id) leaves nothing to redisplay.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!result.hasErrors()) {
            try {
                PostedComment posted = add(post, form, me, request);
                redirect.addFlashAttribute("commentMessage", confirmation(form, posted));
                // A reader without an account cannot be shown their comment: it waits for a moderator.
                return me == null ? "redirect:/posts/{slug}#comments" : redirectToPageShowing(posted.id());
            } catch (NotAllowedException guestsRefused) {
                if (me != null) {
                    throw guestsRefused;
                }
                return "redirect:/login";
            } catch (CommentRejectedException e) {
                reject(e, result);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("commentsOpen", true);
        return addFormPage(model, slug, form.parentId(), me);
    }

    private PostedComment add(PostDetail post, CommentForm form, SignedInUser me, HttpServletRequest request) {
        AddComment command = new AddComment(post.id(), form.parentId(), form.content(),
                new Submission(addresses.of(request), form.formToken(), form.website()));
        return me == null ? commands.addAsGuest(new GuestAuthor(form.name(), form.email()), command)
                : commands.add(me.actor(), command);
    }

    /** The same words whether the comment was held or kept as spam: a robot learns nothing. */
    private String confirmation(CommentForm form, PostedComment posted) {
        boolean reply = form.parentId() != null;
        if (posted.awaitingModeration()) {
            return messages.getMessage(reply ? "comments.thread.flash.replyAwaitsModeration"
                    : "comments.thread.flash.commentAwaitsModeration");
        }
        return messages.getMessage(reply ? "comments.thread.flash.replied" : "comments.thread.flash.posted");
    }

    /** A comment and its replies, a page at a time ("More replies" carries {@code after} like the post page). */
    @OneReadOnlyTransaction
    @GetMapping("/posts/{slug}/comments/{id}")
    String showSubtree(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID replyTo, @AuthenticationPrincipal SignedInUser me, Model model) {
        PostDetail post = postAt(slug, me);
        Optional<ThreadCursor> cursor = ThreadCursor.parse(after);
        CommentThread subtree = threads.subtreeOf(id, cursor, CommentSection.actorOf(me));
        if (!subtree.postId().equals(post.id())) {
            throw new CommentNotFoundException(id);
        }
        model.addAttribute("postTitle", post.title());
        model.addAttribute("subtreeRoot", id);
        // A cursor from outside the subtree gives its first page, which starts with the comment itself.
        boolean continued = !subtree.isEmpty() && !subtree.comments().get(0).id().equals(id);
        boolean open = post.isPublished() && threads.statusOf(post.id()).open();
        section.addThread(model, subtree, cursor.filter(c -> continued), slug, replyTo, me, open, post.id());
        return "comments/subtree";
    }

    @GetMapping("/posts/{slug}/comments/{id}/edit")
    String initEditForm(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, Model model) {
        ThreadComment comment = editable(slug, id, me);
        model.addAttribute("commentForm", CommentForm.editing(comment.text()));
        return formPage(model, slug, id, "comments.form.edit", "comments.form.save");
    }

    @PostMapping("/posts/{slug}/comments/{id}/edit")
    String processEditForm(@PathVariable String slug, @PathVariable UUID id,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        editable(slug, id, me);
        if (form == null || result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!result.hasErrors()) {
            try {
                commands.edit(me.actor(), new EditComment(id, form.content()));
                redirect.addFlashAttribute("commentMessage", messages.getMessage("comments.thread.flash.updated"));
                return redirectToPageShowing(id);
            } catch (CommentRejectedException e) {
                reject(e, result);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(model, slug, id, "comments.form.edit", "comments.form.save");
    }

    @GetMapping("/posts/{slug}/comments/{id}/delete")
    String showDeleteConfirmation(@PathVariable String slug, @PathVariable UUID id,
            @AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("comment", deletable(slug, id, me));
        String question = messages.getMessage("comments.delete.title");
        model.addAttribute("confirmation", Confirmation.ofDeleting(question, question,
                messages.getMessage("comments.delete.explanation"), "/posts/" + slug + "/comments/" + id + "/delete",
                messages.getMessage("comments.delete.button"), "/posts/" + slug + "#comment-" + id));
        return "comments/delete";
    }

    @PostMapping("/posts/{slug}/comments/{id}/delete")
    String processDelete(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        deletable(slug, id, me);
        commands.delete(me.actor(), id);
        redirect.addFlashAttribute("commentMessage", messages.getMessage("comments.thread.flash.deleted"));
        return "redirect:/posts/{slug}#comments";
    }

    /** A reader tells the moderators; reporting again, or one's own comment, is said so and changes nothing. */
    @PostMapping("/posts/{slug}/comments/{id}/report")
    String processReport(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        postAt(slug, me);
        try {
            commands.report(me.actor(), id);
            redirect.addFlashAttribute("commentMessage", messages.getMessage("comments.thread.flash.reported"));
        } catch (CommentRejectedException e) {
            redirect.addFlashAttribute("commentMessage", messages.getMessage(e.refusal()));
        }
        return redirectToPageShowing(id);
    }

    @PostMapping("/posts/{slug}/comments/{id}/lock")
    String processLock(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        return threadChange(slug, id, me, redirect, true);
    }

    @PostMapping("/posts/{slug}/comments/{id}/unlock")
    String processUnlock(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        return threadChange(slug, id, me, redirect, false);
    }

    private String threadChange(String slug, UUID id, SignedInUser me, RedirectAttributes redirect, boolean lock) {
        postAt(slug, me);
        try {
            if (lock) {
                commands.lockThread(me.actor(), id);
            } else {
                commands.unlockThread(me.actor(), id);
            }
            redirect.addFlashAttribute("commentMessage",
                    messages.getMessage(lock ? "comments.thread.flash.locked" : "comments.thread.flash.unlocked"));
        } catch (CommentRejectedException e) {
            redirect.addFlashAttribute("commentMessage", messages.getMessage(e.refusal()));
        }
        return redirectToPageShowing(id);
    }

    @ExceptionHandler(CommentNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private PostDetail postAt(String slug, SignedInUser me) {
        return posts.findBySlug(slug, me == null ? null : me.actor())
                .orElseThrow(NotFound::page);
    }

    /** The live comment {@code id} of the post at {@code slug}, if {@code me} may edit it (the service says who may). */
    private ThreadComment editable(String slug, UUID id, SignedInUser me) {
        PostDetail post = postAt(slug, me);
        return authoring.forEditing(me.actor(), id).filter(comment -> comment.postId().equals(post.id()))
                .orElseThrow(() -> new CommentNotFoundException(id));
    }

    /** The live comment {@code id} of the post at {@code slug}, if {@code me} may delete it. */
    private ThreadComment deletable(String slug, UUID id, SignedInUser me) {
        PostDetail post = postAt(slug, me);
        return authoring.forDeleting(me.actor(), id).filter(comment -> comment.postId().equals(post.id()))
                .orElseThrow(() -> new CommentNotFoundException(id));
    }

    /** The post page if its first page shows the comment, else the page of the thread that starts with it. */
    private String redirectToPageShowing(UUID commentId) {
        return threads.pageShowing(commentId)
                .map(cursor -> "redirect:/posts/{slug}?after=" + cursor.token() + "#comment-" + commentId)
                .orElse("redirect:/posts/{slug}#comment-" + commentId);
    }

    /** A guest's name and email have fields of their own; every other refusal belongs beside the text. */
    private static void reject(CommentRejectedException e, BindingResult result) {
        String field = switch (e.reason()) {
            case GUEST_NAME -> "name";
            case GUEST_EMAIL -> "email";
            default -> "content";
        };
        FieldRefusals.reject(result, field, e.refusal());
    }

    private String addFormPage(Model model, String slug, UUID replyTo, SignedInUser me) {
        model.addAttribute("guestForm", me == null);
        return formPage(model, slug, null, replyTo == null ? "comments.form.comment" : "comments.form.reply",
                replyTo == null ? "comments.form.postComment" : "comments.form.postReply");
    }

    /** {@code editId} is null when the form adds a comment or reply; the heading and the button are message keys. */
    private String formPage(Model model, String slug, UUID editId, String heading, String button) {
        model.addAttribute("commentSlug", slug);
        model.addAttribute("editId", editId);
        model.addAttribute("heading", messages.getMessage(heading));
        model.addAttribute("button", messages.getMessage(button));
        return FORM;
    }
}
