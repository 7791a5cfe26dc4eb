package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every post and page of the site, whatever its status, for an export: keyset batches in id order, so an export
 * of any size holds one batch at a time, and each batch is one primary-key range read (plus one for the categories
 * and tags of its posts). For those who may exchange content ({@link Actor#mayExchangeContent()}); anyone else gets
 * {@link NotAllowedException}. Ids compare as PostgreSQL orders uuids: unsigned, byte by byte.
 */
public interface PostExports {

    /** At most {@code size} posts with ids after {@code after} (from the first when empty), in id order. */
    List<ExportedPost> posts(Actor actor, Optional<UUID> after, int size);

    /** At most {@code size} pages with ids after {@code after}, in id order. */
    List<ExportedPage> pages(Actor actor, Optional<UUID> after, int size);

    /** Everyone who wrote a post, in one statement (an index-only scan of the authors' index). */
    List<UUID> authorIds(Actor actor);
}
