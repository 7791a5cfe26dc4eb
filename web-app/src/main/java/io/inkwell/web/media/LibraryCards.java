package io.inkwell.web.media;

import io.inkwell.media.MediaItem;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostSummary;
import io.inkwell.users.Actor;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns library entries into cards: uploaders' names in one users-API call and the titles of the posts that
 * show them in one posts-API call (made only when an entry is used), never one per card.
 */
@Component
class LibraryCards {

    private final UserDirectory users;
    private final PostAdministration posts;
    private final ImageUploads uploads;

    LibraryCards(UserDirectory users, PostAdministration posts, ImageUploads uploads) {
        this.users = users;
        this.posts = posts;
        this.uploads = uploads;
    }

    List<LibraryCard> of(List<MediaItem> items, Actor viewer) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<UUID, UserSummary> uploaders = users.summariesOf(items.stream().map(MediaItem::uploaderId).distinct().toList());
        List<UUID> referrers = items.stream().flatMap(item -> item.usedIn().stream()).distinct().toList();
        Map<UUID, PostSummary> titles = referrers.isEmpty() ? Map.of()
                : posts.byIds(referrers).stream().collect(Collectors.toMap(PostSummary::id, Function.identity()));
        return items.stream().map(item -> {
            UserSummary uploader = uploaders.get(item.uploaderId());
            List<LibraryCard.UsedIn> usedIn = item.usedIn().stream().map(titles::get).filter(java.util.Objects::nonNull)
                    .map(post -> new LibraryCard.UsedIn(post.title(), hrefOf(post, viewer))).toList();
            String url = uploads.absoluteUrl(item, 960);
            return new LibraryCard(item, uploader == null ? "Unknown" : uploader.name(), usedIn,
                    markdown(item.altText(), url), url);
        }).toList();
    }

    /** The Markdown that shows the image; brackets in the alt text would end it early. */
    static String markdown(String altText, String url) {
        return "![" + altText.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "](" + url + ")";
    }

    private static String hrefOf(PostSummary post, Actor viewer) {
        if (viewer.mayChangePost(post.authorId())) {
            return "/posts/" + post.id() + "/edit";
        }
        return post.status() == PostStatus.DRAFT ? null : "/posts/" + post.slug();
    }
}
