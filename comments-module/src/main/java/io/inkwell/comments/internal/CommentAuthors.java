package io.inkwell.comments.internal;

import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The authors of a page of comments, from the users context in one batch. */
@Component
class CommentAuthors {

    private final UserDirectory users;

    CommentAuthors(UserDirectory users) {
        this.users = users;
    }

    /**
     * One batch lookup for every author on the page; placeholders show no author and guests sign with their own
     * name, so theirs are not asked for.
     */
    Map<UUID, UserSummary> of(Collection<CommentRow> rows) {
        List<UUID> ids = rows.stream().filter(row -> !row.isDeleted() && !row.isGuest()).map(CommentRow::authorId)
                .distinct().toList();
        return ids.isEmpty() ? Map.of() : users.summariesOf(ids);
    }
}
