package io.inkwell.web.navigation;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.settings.LinkKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Menu items leading to a tag's page; a renamed or merged-away tag keeps or loses its item with its id. */
@Component
class TagLinkTargets implements LinkTargets {

    /** A menu is chosen from the most used tags; a site with thousands of tags links a few of its biggest. */
    static final int OPTIONS = 200;

    private final Tags tags;

    TagLinkTargets(Tags tags) {
        this.tags = tags;
    }

    @Override
    public LinkKind kind() {
        return LinkKind.TAG;
    }

    @Override
    public List<LinkOption> options() {
        return tags.popular(PageRequest.first(OPTIONS)).items().stream()
                .map(tag -> new LinkOption(tag.id(), tag.name(), "/tags/" + tag.slug())).toList();
    }

    @Override
    public Map<UUID, ResolvedLink> resolve(Collection<UUID> ids) {
        return tags.byIds(ids).stream().collect(Collectors.toMap(TagView::id,
                tag -> new ResolvedLink(tag.name(), "/tags/" + tag.slug()), (a, b) -> a));
    }
}
