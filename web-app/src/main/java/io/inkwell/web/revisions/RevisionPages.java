package io.inkwell.web.revisions;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.posts.RevisionComparison;
import io.inkwell.posts.RevisionList;
import io.inkwell.posts.RevisionOf;
import io.inkwell.posts.RevisionSummary;
import io.inkwell.posts.Revisions;
import io.inkwell.users.Actor;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import io.inkwell.web.forms.Choice;
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

    RevisionPages(Revisions revisions, UserDirectory users) {
        this.revisions = revisions;
        this.users = users;
    }

    String list(Model model, Actor actor, RevisionOf subject, String base, String editPath, Integer page) {
        RevisionList list = revisions.list(actor, subject, PageRequest.of(page, PAGE_SIZE));
        Page<RevisionSummary> found = list.revisions();
        Map<UUID, UserSummary> names = names(found.items().stream().map(RevisionSummary::savedBy).distinct().toList());
        Page<RevisionItem> items = found.map(revision -> new RevisionItem(revision.number(), revision.title(),
                revision.savedAt(), name(names, revision.savedBy()), revision.published()));
        List<Choice> numbers = items.items().stream()
                .map(item -> new Choice(String.valueOf(item.number()), "Revision " + item.number())).toList();
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
        RevisionComparison comparison = revisions.compare(actor, subject, from, to);
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

    private static String name(Map<UUID, UserSummary> names, UUID id) {
        UserSummary person = names.get(id);
        return person == null ? "a former member" : person.name();
    }
}
