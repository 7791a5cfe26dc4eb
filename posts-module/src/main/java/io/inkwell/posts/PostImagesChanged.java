package io.inkwell.posts;

import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The images a post shows changed: it was created showing some, or an edit changed the images of its text or
 * its featured image. {@code imageUrls} are all of them after the change, as written (the {@code src} of each
 * image of the rendered text, and the featured image's URL); empty when it shows none any more. The posts
 * context knows nothing of where images are kept: a listener picks out the URLs it recognises. Published in
 * the transaction of the change; {@code version} as in {@link PostPublished}. A deleted post's images are
 * gone with its {@link PostDeleted}.
 */
@NamedInterface("events")
public record PostImagesChanged(UUID postId, int version, Set<String> imageUrls) {

    public PostImagesChanged {
        imageUrls = Set.copyOf(imageUrls);
    }
}
