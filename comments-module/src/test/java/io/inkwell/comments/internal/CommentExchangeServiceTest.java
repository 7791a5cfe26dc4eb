package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.draftPost;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.CommentExports;
import io.inkwell.comments.CommentImportResult;
import io.inkwell.comments.CommentImports;
import io.inkwell.comments.CommentLimits;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.ExportedComment;
import io.inkwell.comments.ImportedComment;
import io.inkwell.comments.test.CommentRows;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class CommentExchangeServiceTest {

    private static final Instant WRITTEN = Instant.parse("2019-05-04T10:15:30Z");

    @Autowired
    CommentImports imports;

    @Autowired
    CommentExports exports;

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    Actor admin;
    UUID reader;
    UUID post;

    @BeforeEach
    void anAdminAReaderAndAPublishedPost() {
        jdbc.update("delete from comments");
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
        reader = author(jdbc, "Reader");
        post = publishedPost(jdbc);
    }

    @Test
    void repliesNestUnderParentsOfTheSameBatchWithTheOtherSitesDates() {
        CommentImportResult top = imports.importComments(admin, List.of(new ImportedComment(post, null, reader, "First!", WRITTEN))).get(0);
        List<CommentImportResult> replies = new ArrayList<>();
        UUID parent = top.id();
        for (int depth = 1; depth <= 4; depth++) {
            CommentImportResult reply = imports.importComments(admin,
                    List.of(new ImportedComment(post, parent, reader, "Reply " + depth, WRITTEN.plusSeconds(depth)))).get(0);
            replies.add(reply);
            parent = reply.id();
        }

        CommentRow deepest = comments.selectById(replies.get(3).id()).orElseThrow();
        assertThat(deepest.path()).hasSize(7 * 5);
        assertThat(deepest.createdAt()).isEqualTo(WRITTEN.plusSeconds(4));
        assertThat(jdbc.queryForObject("select comments from post_comment_counts where post_id = ?", Integer.class, post)).isEqualTo(5);
    }

    @Test
    void commentsBreakingARuleAreRefusedWithTheReasonAndTheOthersWritten() {
        UUID elsewhere = publishedPost(jdbc);
        UUID otherPostsComment = CommentRows.comment(jdbc, elsewhere, reader, null, "Elsewhere");

        List<CommentImportResult> results = imports.importComments(admin, List.of(
                new ImportedComment(draftPost(), null, reader, "On a draft", WRITTEN),
                new ImportedComment(post, otherPostsComment, reader, "Wrong parent", WRITTEN),
                new ImportedComment(post, null, reader, "  ", WRITTEN),
                new ImportedComment(post, null, reader, "x".repeat(CommentLimits.TEXT_MAX + 1), WRITTEN),
                new ImportedComment(post, null, reader, "Fine", WRITTEN)));

        assertThat(results).extracting(CommentImportResult::isRefused).containsExactly(true, true, true, true, false);
        assertThat(results).extracting(result -> result.refusal() == null ? null : result.refusal().code()).containsExactly(
                "refused.comment.postClosed", "refused.comment.importedParentElsewhere", "refused.comment.empty",
                "refused.comment.tooLong", null);
        assertThat(results.get(0).refusal().english()).contains("published");
        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Integer.class, post)).isOne();
    }

    @Test
    void anExportWalksEveryCommentOnceByPostThenThreadOrder() {
        UUID second = publishedPost(jdbc);
        UUID first = CommentRows.comment(jdbc, post, reader, null, "One");
        CommentRows.comment(jdbc, second, reader, null, "Two");
        CommentRows.comment(jdbc, post, reader, first, "Reply to one");
        jdbc.update("update comments set deleted_at = now(), content = '' where id = ?", first);

        List<ExportedComment> seen = new ArrayList<>();
        Optional<ExportedComment.ExportPosition> after = Optional.empty();
        List<ExportedComment> batch;
        while (!(batch = exports.comments(admin, after, 1)).isEmpty()) {
            seen.addAll(batch);
            after = Optional.of(batch.get(0).position());
        }

        assertThat(seen).hasSize(3);
        List<ExportedComment> ofPost = seen.stream().filter(comment -> comment.postId().equals(post)).toList();
        assertThat(ofPost).extracting(ExportedComment::deleted).containsExactly(true, false);
        assertThat(ofPost.get(0).text()).isNull();
        assertThat(ofPost.get(1).parentId()).isEqualTo(first);
        assertThat(seen).extracting(ExportedComment::postId).containsExactlyElementsOf(
                seen.stream().map(ExportedComment::postId).sorted(CommentExchangeServiceTest::pgOrder).toList());
    }

    @Test
    void onlyAdminsImportOrExport() {
        Actor author = new Actor(reader, Role.USER);

        assertThatThrownBy(() -> imports.importComments(author, List.of())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> exports.comments(author, Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
    }

    private static int pgOrder(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
