package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bringing another site's posts, pages and categories in, a batch at a time, for those who may exchange content
 * ({@link Actor#mayExchangeContent()}, admins); anyone else gets {@link NotAllowedException}. Each call is one
 * transaction, or part of the caller's, and keeps the rules of the editor: an item a rule refuses is answered with
 * the reason and nothing of it is written, while the others are. Published posts announce themselves with
 * {@link PostPublished} and their images with {@link PostImagesChanged}, as when they are written here.
 */
public interface PostImports {

    /**
     * The id of each category by the name given: an existing category of that name (whatever its case) is reused,
     * the others are created. A name the categories' rules refuse is absent from the map.
     */
    Map<String, UUID> importCategories(Actor actor, List<ImportedCategory> categories);

    /** One result per post, in the order given. */
    List<ContentImportResult> importPosts(Actor actor, List<ImportedPost> posts);

    /** One result per page, in the order given. */
    List<ContentImportResult> importPages(Actor actor, List<ImportedPage> pages);
}
