package io.inkwell.web.posts;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.posts.Listing;
import io.inkwell.posts.PostCursor;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.cache.PageCaching;
import io.inkwell.web.comments.CommentSection;
import io.inkwell.web.limits.ReaderViews;
import io.inkwell.web.media.ResponsiveImages;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class PostController {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final PostReading posts;
    private final RelatedPosts related;
    private final PostCards cards;
    private final UserDirectory users;
    private final CommentSection comments;
    private final ReaderViews views;
    private final ResponsiveImages images;
    private final PostPageHeads heads;
    private final CurrentSite site;

    PostController(PostReading posts, RelatedPosts related, PostCards cards, UserDirectory users, CommentSection comments,
                   ReaderViews views,
                   ResponsiveImages images, PostPageHeads heads, CurrentSite site) {
        this.posts = posts;
        this.related = related;
        this.cards = cards;
        this.users = users;
        this.comments = comments;
        this.views = views;
        this.images = images;
        this.heads = heads;
        this.site = site;
    }

    /**
     * Keyset paging: "Older posts" carries the last card's (publishedAt, id), so any depth costs one index seek.
     * A page holds the site's "posts per page".
     */
    @OneReadOnlyTransaction
    @GetMapping("/")
    String listPosts(@RequestParam(name = "after", required = false) String after, Model model) {
        Optional<PostCursor> cursor = PostCursor.parse(after);
        Listing<PostSummary> listing = posts.published(cursor, site.view().postsPerPage());
        model.addAttribute("posts", cards.of(listing.items()));
        model.addAttribute("next", listing.nextToken());
        model.addAttribute("paged", cursor.isPresent());
        return "posts/list";
    }

    @OneReadOnlyTransaction
    @GetMapping("/posts/{slug}")
    Object showPost(@PathVariable String slug, @RequestParam(name = "replyTo", required = false) UUID replyTo,
            @RequestParam(name = "after", required = false) String commentsAfter,
            @AuthenticationPrincipal SignedInUser me, Model model, HttpServletRequest request) {
        if (slug.length() > 300 || !SLUG.matcher(slug).matches()) {
            throw new PostNotFoundException("No post at " + slug);
        }
        Optional<PostDetail> found = posts.findBySlug(slug, me == null ? null : me.actor());
        if (found.isEmpty()) {
            return posts.currentSlugOf(slug).map(PostController::movedTo)
                    .orElseThrow(() -> new PostNotFoundException("No post at " + slug));
        }
        PostDetail post = found.get();
        if (post.isPublished()) {
            UUID id = post.id();
            views.count(id);
            PageCaching.onEveryServe(request, () -> views.count(id));
        }
        model.addAttribute("post", post);
        model.addAttribute("images", images.forPost(post.contentHtml(), post.featuredImageUrl()));
        UserSummary author = users.summaryOf(post.authorId()).orElse(null);
        String authorName = cards.authorName(author);
        model.addAttribute("authorName", authorName);
        model.addAttribute("head", heads.of(post, authorName));
        model.addAttribute("canEdit", me != null && (post.status().isInDraft() ? me.actor().mayEditDraft(post.authorId())
                : me.actor().mayChangePost(post.authorId())));
        model.addAttribute("related", post.status().isPrivate() ? List.of() : related.of(post.id()));
        comments.addTo(model, post, commentsAfter, replyTo, me);
        return "posts/detail";
    }

    private static RedirectView movedTo(String slug) {
        RedirectView redirect = new RedirectView("/posts/" + slug, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
