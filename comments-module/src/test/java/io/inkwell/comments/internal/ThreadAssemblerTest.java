package io.inkwell.comments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentThread;
import io.inkwell.comments.ThreadComment;
import io.inkwell.comments.ThreadCursor;
import io.inkwell.users.UserSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThreadAssemblerTest {

    static final UUID POST = UUID.randomUUID();
    static final UUID ADA = UUID.randomUUID();
    static final Map<UUID, UserSummary> AUTHORS = Map.of(ADA, new UserSummary(ADA, "Ada", null));
    static final CommentHtml HTML = new CommentHtml();

    static CommentRow row(String path, String content, Instant deletedAt) {
        return CommentRowValues.row(UUID.randomUUID(), POST, ADA, null, path, content, false, deletedAt, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void depthAndRepliesComeFromThePaths() {
        CommentThread thread = ThreadAssembler.assemble(POST, List.of(
                row("0000001", "a", null), row("00000010000002", "a.1", null), row("0000003", "b", null)), 10, 0, AUTHORS, HTML);

        assertThat(thread.comments()).extracting(ThreadComment::depth).containsExactly(0, 1, 0);
        assertThat(thread.comments()).extracting(ThreadComment::hasReplies).containsExactly(true, false, false);
        assertThat(thread.comments()).extracting(ThreadComment::authorName).containsOnly("Ada");
    }

    @Test
    void aSubtreeCountsDepthFromItsRoot() {
        CommentThread thread = ThreadAssembler.assemble(POST, List.of(
                row("00000010000002", "root", null), row("000000100000020000004", "reply", null)), 10, 1, AUTHORS, HTML);

        assertThat(thread.comments()).extracting(ThreadComment::depth).containsExactly(0, 1);
    }

    @Test
    void aPlaceholderHidesItsAuthorAndTextAndAnUnknownAuthorIsSaidSo() {
        CommentRow gone = row("0000001", "", Instant.now());
        CommentRow orphan = CommentRowValues.row(UUID.randomUUID(), POST, UUID.randomUUID(), gone.id(), "00000010000002", "hi",
                true, null, Instant.EPOCH, Instant.EPOCH);

        CommentThread thread = ThreadAssembler.assemble(POST, List.of(gone, orphan), 10, 0, AUTHORS, HTML);

        ThreadComment placeholder = thread.comments().get(0);
        assertThat(placeholder.deleted()).isTrue();
        assertThat(placeholder.authorName()).isNull();
        assertThat(placeholder.authorId()).isNull();
        assertThat(placeholder.isWrittenBy(ADA)).isFalse();
        assertThat(thread.comments().get(1).authorName()).isEqualTo(ThreadAssembler.UNKNOWN_AUTHOR);
        assertThat(thread.comments().get(1).edited()).isTrue();
    }

    @Test
    void anEmptyThreadIsEmpty() {
        CommentThread thread = ThreadAssembler.assemble(POST, List.of(), 10, 0, AUTHORS, HTML);

        assertThat(thread.isEmpty()).isTrue();
        assertThat(thread.size()).isZero();
        assertThat(thread.hasMore()).isFalse();
    }

    @Test
    void theRowReadBeyondThePageIsNotShownButTellsOfRepliesAndTheNextPage() {
        CommentThread thread = ThreadAssembler.assemble(POST, List.of(
                row("0000001", "a", null), row("00000010000002", "a.1", null), row("000000100000020000005", "a.1.1", null)),
                2, 0, AUTHORS, HTML);

        assertThat(thread.comments()).extracting(ThreadComment::text).containsExactly("a", "a.1");
        assertThat(thread.comments()).extracting(ThreadComment::hasReplies).containsExactly(true, true);
        assertThat(thread.hasMore()).isTrue();
        assertThat(thread.next()).isEqualTo(new ThreadCursor("00000010000002"));
    }

    @Test
    void aPageStartingDeepInTheThreadKeepsItsDepths() {
        CommentThread thread = ThreadAssembler.assemble(POST, List.of(
                row("000000100000020000005", "a.1.1", null), row("0000003", "b", null)), 2, 0, AUTHORS, HTML);

        assertThat(thread.comments()).extracting(ThreadComment::depth).containsExactly(2, 0);
        assertThat(thread.hasMore()).isFalse();
        assertThat(thread.next()).isNull();
    }
}
