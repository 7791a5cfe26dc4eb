package io.inkwell.web.posts;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostPreviews;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.SharedPreview;
import io.inkwell.users.UserDirectory;
import io.inkwell.web.media.ResponsiveImages;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import io.inkwell.web.site.SiteUrls;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * "Share preview": a secret link that shows a post not yet public to whoever has it. The page says it is a preview,
 * asks search engines not to index it ({@code noindex} in the page and in {@code X-Robots-Tag}), has no canonical
 * link and is never kept by the page cache (its path is no reading page's). An unknown, expired or revoked token is a
 * 404; a post published since sends the reader to its address.
 */
@Controller
class PreviewController {

    private final PostPreviews previews;
    private final UserDirectory users;
    private final SiteUrls urls;
    private final PostCards cards;
    private final ResponsiveImages images;
    private final SiteMessages messages;

    PreviewController(PostPreviews previews, UserDirectory users, SiteUrls urls, PostCards cards, ResponsiveImages images,
                      SiteMessages messages) {
        this.previews = previews;
        this.users = users;
        this.urls = urls;
        this.cards = cards;
        this.images = images;
        this.messages = messages;
    }

    @PostMapping("/posts/{id}/preview-link")
    String share(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            SharedPreview shared = previews.share(me.actor(), id);
            redirect.addFlashAttribute("sharedPreviewUrl", urls.absolute("/preview/" + shared.token()));
            redirect.addFlashAttribute("sharedPreviewUntil", shared.expiresAt());
        } catch (PostStatusException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.refusal()));
        }
        return "redirect:/posts/" + id + "/edit";
    }

    @PostMapping("/posts/{id}/preview-link/revoke")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        previews.revoke(me.actor(), id);
        redirect.addFlashAttribute("message", messages.getMessage("posts.form.flash.previewRevoked"));
        return "redirect:/posts/" + id + "/edit";
    }

    @OneReadOnlyTransaction
    @GetMapping("/preview/{token}")
    Object showPreview(@PathVariable String token, Model model, HttpServletResponse response) {
        PostDetail post = previews.byToken(token).orElseThrow(() -> new PostNotFoundException("No preview at this link"));
        if (!post.status().isPrivate()) {
            RedirectView published = new RedirectView("/posts/" + post.slug(), true);
            published.setExposeModelAttributes(false);
            return published;
        }
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("canonicalUrl", null);
        model.addAttribute("post", post);
        model.addAttribute("images", images.forPost(post.contentHtml(), post.featuredImageUrl()));
        model.addAttribute("authorName", cards.authorName(users.summaryOf(post.authorId()).orElse(null)));
        return "posts/preview";
    }
}
