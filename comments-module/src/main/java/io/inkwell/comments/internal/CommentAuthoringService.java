package io.inkwell.comments.internal;

import io.inkwell.comments.CommentAuthoring;
import io.inkwell.comments.ThreadComment;
import io.inkwell.users.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommentAuthoringService implements CommentAuthoring {

    private final CommentMapper comments;
    private final CommentAuthors authors;
    private final CommentHtml html;

    CommentAuthoringService(CommentMapper comments, CommentAuthors authors, CommentHtml html) {
        this.comments = comments;
        this.authors = authors;
        this.html = html;
    }

    @Override
    public Optional<ThreadComment> forEditing(Actor actor, UUID commentId) {
        return live(commentId, actor, CommentRules::checkMayEdit);
    }

    @Override
    public Optional<ThreadComment> forDeleting(Actor actor, UUID commentId) {
        return live(commentId, actor, CommentRules::checkMayDelete);
    }

    private Optional<ThreadComment> live(UUID commentId, Actor actor, BiConsumer<Actor, CommentRow> rule) {
        Optional<CommentRow> found = comments.selectById(commentId).filter(row -> !row.isDeleted());
        found.ifPresent(row -> rule.accept(actor, row));
        return found.map(row -> ThreadAssembler.toComment(row, ThreadAssembler.depthOf(row.path()), false,
                authors.of(List.of(row)), html));
    }
}
