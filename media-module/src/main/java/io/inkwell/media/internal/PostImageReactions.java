package io.inkwell.media.internal;

import io.inkwell.media.MediaUrls;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostImagesChanged;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Which posts show which images, as the media context keeps it: from the posts context's events, handled
 * synchronously after the post's transaction commits (as every module listener of this application), so the
 * library's "Used in" is right the moment an author sees "Saved." It never reads the posts tables.
 *
 * <p>Each event may arrive twice or late (the event publication registry delivers again what failed): the
 * post's version it carries is recorded, and an event no newer than what is known changes nothing. A deleted
 * post keeps its version row, so that no late event brings its references back. The listener ids are fixed,
 * so that renaming a method does not orphan stored publications.
 */
@Component
class PostImageReactions {

    private final ReferenceMapper references;

    PostImageReactions(ReferenceMapper references) {
        this.references = references;
    }

    @ApplicationModuleListener(id = "media.remember-images-of-post")
    public void rememberImages(PostImagesChanged changed) {
        Set<String> hashes = changed.imageUrls().stream().map(MediaUrls::hashOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        replace(changed.postId(), changed.version(), hashes);
    }

    @ApplicationModuleListener(id = "media.forget-images-of-deleted-post")
    public void forgetImages(PostDeleted deleted) {
        replace(deleted.postId(), deleted.version(), Set.of());
    }

    private void replace(UUID postId, int version, Set<String> hashes) {
        if (references.advance(postId, version) == 0) {
            return;
        }
        references.deleteOf(postId);
        if (!hashes.isEmpty()) {
            references.insert(postId, hashes);
        }
    }
}
