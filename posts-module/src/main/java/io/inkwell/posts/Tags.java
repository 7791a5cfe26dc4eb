package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading and managing tags. Authors create tags by naming them in the editor ({@link PostDraft#tags()}); readers
 * see only tags that published posts carry, so a name typed on a draft stays private. Writes are for those who may
 * manage tags ({@link Actor#mayManageTags()}) and throw {@link NotAllowedException} for anyone else, and
 * {@link DuplicateTagException}, {@link InvalidTagException} and {@link TagNotFoundException}.
 */
public interface Tags {

    /** Tags of published posts, most used first and alphabetical within; pages are not counted. */
    Page<TagView> popular(PageRequest request);

    /** The tag at this slug if readers can see it: empty when unknown or when no published post has it. */
    Optional<TagView> listedBySlug(String slug);

    /**
     * At most {@code limit} tags readers can see (those published posts carry) by slug, after {@code afterSlug}
     * or from the first: a keyset page for the Content API, one statement along the slug's index.
     */
    List<TagView> listedBySlugAfter(Optional<String> afterSlug, int limit);

    /** The slug of the tag that now answers a slug a tag had before it was renamed or merged away. */
    Optional<String> currentSlugOf(String oldSlug);

    /** Every tag by name, also those only drafts carry (admin pages); pages are counted. */
    Page<TagView> all(PageRequest request);

    Optional<TagView> byId(UUID id);

    /** The tags of these ids in one statement (menus resolve their items with it); unknown ids are absent. */
    List<TagView> byIds(Collection<UUID> ids);

    /** The tag of this name, whatever its case. */
    Optional<TagView> byName(String name);

    /** A new name, and the slug made from it; the old slug keeps answering with a redirect. */
    TagView rename(Actor actor, UUID id, String name);

    /**
     * Moves every post of {@code fromId} to {@code intoId} (a post that had both keeps one link), deletes
     * {@code fromId} and sends its slugs to {@code intoId}. Returns the tag merged into, with its new count.
     */
    TagView merge(Actor actor, UUID fromId, UUID intoId);

    /** Removes the tag from every post and deletes it. */
    void delete(Actor actor, UUID id);
}
