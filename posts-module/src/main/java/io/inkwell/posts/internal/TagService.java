package io.inkwell.posts.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.db.Refusal;
import io.inkwell.posts.DuplicateTagException;
import io.inkwell.posts.InvalidTagException;
import io.inkwell.posts.TagNotFoundException;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TagService implements Tags {

    private final TagMapper tags;

    TagService(TagMapper tags) {
        this.tags = tags;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TagView> popular(PageRequest request) {
        return PagedQueries.uncounted(request, tags::selectPopular).map(TagRow::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TagView> listedBySlug(String slug) {
        return tags.selectBySlug(slug).filter(tag -> tag.postCount() > 0).map(TagRow::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> currentSlugOf(String oldSlug) {
        return tags.selectSlugByOldSlug(oldSlug);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TagView> all(PageRequest request) {
        return PagedQueries.counted(request, tags::selectAll).map(TagRow::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TagView> byId(UUID id) {
        return tags.selectById(id).map(TagRow::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TagView> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : tags.selectByIds(List.copyOf(ids)).stream().map(TagRow::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TagView> byName(String name) {
        String clean = TagNames.clean(name);
        return clean == null ? Optional.empty() : tags.selectByName(clean).map(TagRow::toView);
    }

    /**
     * Under the lock of tag names, so a second admin renaming another tag to the same name at the same moment
     * waits, then finds the name taken: a {@link DuplicateTagException}, never a unique violation.
     */
    @Override
    public TagView rename(Actor actor, UUID id, String name) {
        checkMayManage(actor);
        String clean = TagNames.clean(name);
        Refusal problem = TagNames.problemWith(clean);
        if (problem != null) {
            throw new InvalidTagException(problem);
        }
        tags.lockNames();
        TagRow current = tags.selectById(id).orElseThrow(() -> new TagNotFoundException("No tag " + id));
        if (tags.selectByName(clean).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new DuplicateTagException(clean);
        }
        String base = Slugs.from(clean, "tag");
        String slug = Slugs.firstFree(base, tags.selectTakenSlugs(base, id));
        tags.updateName(id, clean, slug);
        if (!slug.equals(current.slug())) {
            tags.deleteSlugHistory(slug);
            tags.upsertSlugHistory(current.slug(), id);
        }
        return tags.selectById(id).orElseThrow().toView();
    }

    /** Alone among post commands (see {@link TagMapper#lockLinksExclusive()}), then both tags locked. */
    @Override
    public TagView merge(Actor actor, UUID fromId, UUID intoId) {
        checkMayManage(actor);
        if (fromId.equals(intoId)) {
            throw new InvalidTagException(Refusal.of("refused.tag.mergeIntoItself", "A tag cannot be merged into itself."));
        }
        tags.lockLinksExclusive();
        List<TagRow> locked = tags.selectByIdsForUpdate(List.of(fromId, intoId));
        TagRow from = locked.stream().filter(tag -> tag.id().equals(fromId)).findFirst()
                .orElseThrow(() -> new TagNotFoundException("No tag " + fromId));
        if (locked.stream().noneMatch(tag -> tag.id().equals(intoId))) {
            throw new TagNotFoundException("No tag " + intoId);
        }
        tags.moveLinks(fromId, intoId);
        tags.moveSlugHistory(fromId, intoId);
        tags.upsertSlugHistory(from.slug(), intoId);
        tags.deleteById(fromId);
        return tags.selectById(intoId).orElseThrow().toView();
    }

    @Override
    public void delete(Actor actor, UUID id) {
        checkMayManage(actor);
        tags.lockLinksExclusive();
        if (tags.deleteById(id) == 0) {
            throw new TagNotFoundException("No tag " + id);
        }
    }

    private static void checkMayManage(Actor actor) {
        if (!actor.mayManageTags()) {
            throw new NotAllowedException("Only admins may manage tags.");
        }
    }
}
