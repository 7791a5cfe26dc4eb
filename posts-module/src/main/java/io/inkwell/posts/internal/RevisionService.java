package io.inkwell.posts.internal;

import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.posts.PageNotFoundException;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.Revision;
import io.inkwell.posts.RevisionComparison;
import io.inkwell.posts.RevisionList;
import io.inkwell.posts.RevisionNotFoundException;
import io.inkwell.posts.RevisionOf;
import io.inkwell.posts.RevisionSummary;
import io.inkwell.posts.RevisionWords;
import io.inkwell.posts.Revisions;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class RevisionService implements Revisions {

    private final RevisionMapper revisions;
    private final PostMapper posts;
    private final PageMapper pages;
    private final CategoryMapper categories;

    RevisionService(RevisionMapper revisions, PostMapper posts, PageMapper pages, CategoryMapper categories) {
        this.revisions = revisions;
        this.posts = posts;
        this.pages = pages;
        this.categories = categories;
    }

    @Override
    public RevisionList list(Actor actor, RevisionOf subject, PageRequest request) {
        String title = allowed(actor, subject);
        return new RevisionList(title, PagedQueries.counted(request,
                () -> revisions.selectSummaries(postId(subject), pageId(subject))).map(RevisionService::summary));
    }

    @Override
    public Revision revision(Actor actor, RevisionOf subject, int number) {
        allowed(actor, subject);
        RevisionRow row = row(subject, number);
        Set<UUID> existing = categoryNames(List.of(row)).keySet();
        Set<UUID> kept = Arrays.stream(row.categoryIds()).filter(existing::contains).collect(Collectors.toSet());
        return new Revision(row.number(), row.title(), row.excerpt(), row.content(), kept, List.of(row.tagNames()),
                row.savedBy(), row.savedAt(), row.published());
    }

    @Override
    public RevisionComparison compare(Actor actor, RevisionOf subject, int first, int second, RevisionWords words) {
        String title = allowed(actor, subject);
        RevisionRow older = row(subject, Math.min(first, second));
        RevisionRow newer = row(subject, Math.max(first, second));
        Map<UUID, String> names = categoryNames(List.of(older, newer));
        return new RevisionComparison(title, summary(older), summary(newer),
                LineDiff.between(text(older, subject, names, words), text(newer, subject, names, words)));
    }

    /** What an author sees of a revision, line by line: its fields, then the Markdown. */
    private static List<String> text(RevisionRow row, RevisionOf subject, Map<UUID, String> categoryNames,
                                     RevisionWords words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.title() + ": " + row.title());
        if (subject.isPost()) {
            lines.add(words.excerpt() + ": " + (row.excerpt() == null ? "(" + words.startOfText() + ")" : row.excerpt()));
            lines.add(words.categories() + ": " + Arrays.stream(row.categoryIds())
                    .map(id -> categoryNames.getOrDefault(id, "(" + words.deletedCategory() + ")"))
                    .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", ")));
            lines.add(words.tags() + ": " + String.join(", ", row.tagNames()));
        }
        lines.add("");
        lines.addAll(List.of(row.content().split("\n", -1)));
        return lines;
    }

    /** The names of the categories these revisions name and that still exist, in one statement. */
    private Map<UUID, String> categoryNames(List<RevisionRow> rows) {
        Set<UUID> ids = rows.stream().flatMap(row -> Stream.of(row.categoryIds())).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return categories.selectByIds(ids).stream().collect(Collectors.toMap(CategoryRow::id, CategoryRow::name,
                (a, b) -> a));
    }

    private RevisionRow row(RevisionOf subject, int number) {
        return revisions.selectByNumber(postId(subject), pageId(subject), number)
                .orElseThrow(() -> new RevisionNotFoundException("No revision " + number + " of " + subject));
    }

    /** The title the post or page has now, if the actor may read its revisions. */
    private String allowed(Actor actor, RevisionOf subject) {
        if (subject.isPost()) {
            PostRow post = posts.selectById(subject.id())
                    .orElseThrow(() -> new PostNotFoundException("No post " + subject.id()));
            if (!PostRights.mayEdit(actor, post.authorId(), post.status())) {
                throw new NotAllowedException("Only those who may edit post " + subject.id() + " read its revisions.");
            }
            return post.title();
        }
        if (!actor.mayManagePages()) {
            throw new NotAllowedException("Only admins read the revisions of pages.");
        }
        return pages.selectById(subject.id()).orElseThrow(() -> new PageNotFoundException("No page " + subject.id())).title();
    }

    private static RevisionSummary summary(RevisionRow row) {
        return new RevisionSummary(row.number(), row.title(), row.savedBy(), row.savedAt(), row.published());
    }

    private static UUID postId(RevisionOf subject) {
        return subject.isPost() ? subject.id() : null;
    }

    private static UUID pageId(RevisionOf subject) {
        return subject.isPost() ? null : subject.id();
    }
}
