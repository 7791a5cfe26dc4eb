package io.inkwell.web.revisions;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.RevisionComparison;
import io.inkwell.posts.RevisionList;
import io.inkwell.posts.RevisionOf;
import io.inkwell.posts.RevisionSummary;
import io.inkwell.posts.RevisionWords;
import io.inkwell.posts.Revisions;
import io.inkwell.users.Actor;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.site.SiteMessages;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The revision list and the comparison of two revisions, for posts and pages alike: {@code base} is the address the
 * revision pages hang under ({@code /posts/{id}}, {@code /admin/pages/{id}}) and {@code editPath} the editor a
 * revision is restored into ({@code ?revision=N}).
 */
@Component
class RevisionPages {

    static final int PAGE_SIZE = 50;

    private final Revisions revisions;
    private final UserDirectory users;
    private final SiteMessages messages;

    RevisionPages(Revisions revisions, UserDirectory users, SiteMessages messages) {
        this.revisions = revisions;
        this.users = users;
        this.messages = messages;
    }

    String list(Model model, Actor actor, RevisionOf subject, String base, String editPath, Integer page) {
        RevisionList list = revisions.list(actor, subject, PageRequest.of(page, PAGE_SIZE));
        Page<RevisionSummary> found = list.revisions();
        Map<UUID, UserSummary> names = names(found.items().stream().map(RevisionSummary::savedBy).distinct().toList());
        Page<RevisionItem> items = found.map(revision -> new RevisionItem(revision.number(), revision.title(),
                revision.savedAt(), name(names, revision.savedBy()), revision.published()));
        List<Choice> numbers = items.items().stream()
                .map(item -> new Choice(String.valueOf(item.number()),
                        messages.getMessage("revisions.list.revisionNumber", new Object[] {item.number()}))).toList();
        model.addAttribute("subjectTitle", list.subjectTitle());
        model.addAttribute("base", base);
        model.addAttribute("editPath", editPath);
        model.addAttribute("revisions", items);
        model.addAttribute("numbers", numbers);
        model.addAttribute("newest", items.items().isEmpty() ? null : items.items().get(0).number());
        model.addAttribute("compareFrom", numbers.size() > 1 ? numbers.get(1).value() : null);
        model.addAttribute("compareTo", numbers.isEmpty() ? null : numbers.get(0).value());
        return "revisions/list";
    }

    String compare(Model model, Actor actor, RevisionOf subject, String base, String editPath, int from, int to) {
        RevisionComparison comparison = revisions.compare(actor, subject, from, to, new RevisionWords(
                messages.getMessage("revisions.compare.line.title"), messages.getMessage("revisions.compare.line.excerpt"),
                messages.getMessage("revisions.compare.line.startOfText"), messages.getMessage("revisions.compare.line.categories"),
                messages.getMessage("revisions.compare.line.deletedCategory"), messages.getMessage("revisions.compare.line.tags")));
        Map<UUID, UserSummary> names = names(List.of(comparison.older().savedBy(), comparison.newer().savedBy()));
        model.addAttribute("subjectTitle", comparison.subjectTitle());
        model.addAttribute("base", base);
        model.addAttribute("editPath", editPath);
        model.addAttribute("comparison", comparison);
        model.addAttribute("olderBy", name(names, comparison.older().savedBy()));
        model.addAttribute("newerBy", name(names, comparison.newer().savedBy()));
        return "revisions/compare";
    }

    private Map<UUID, UserSummary> names(List<UUID> ids) {
        return ids.isEmpty() ? Map.of() : users.summariesOf(new HashSet<>(ids));
    }

    private String name(Map<UUID, UserSummary> names, UUID id) {
        UserSummary person = names.get(id);
        return person == null ? messages.getMessage("revisions.formerMember") : person.name();
    }
}
