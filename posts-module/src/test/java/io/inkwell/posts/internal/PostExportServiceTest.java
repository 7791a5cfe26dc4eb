package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.ExportedPage;
import io.inkwell.posts.ExportedPost;
import io.inkwell.posts.PostExports;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostExportServiceTest {

    @Autowired
    PostExports exports;

    @Autowired
    JdbcTemplate jdbc;

    Actor admin;
    UUID ada;

    @BeforeEach
    void anAdminAndAnAuthor() {
        jdbc.update("delete from posts");
        jdbc.update("delete from pages");
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
        ada = author(jdbc, "Ada");
    }

    @Test
    void batchesWalkEveryPostOfEveryStatusOnceInIdOrderWithCategoriesAndTags() {
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(i % 2 == 0 ? PostRows.published(jdbc, ada, "Post " + i, "post-" + i, Instant.now())
                    : PostRows.draft(jdbc, ada, "Post " + i, "post-" + i));
        }
        UUID travel = PostRows.category(jdbc, "Travel", "travel");
        PostRows.link(jdbc, written.get(0), travel);
        PostRows.tagLink(jdbc, written.get(0), PostRows.tag(jdbc, "Trains", "trains"));

        List<ExportedPost> seen = new ArrayList<>();
        Optional<UUID> after = Optional.empty();
        List<ExportedPost> batch;
        while (!(batch = exports.posts(admin, after, 2)).isEmpty()) {
            seen.addAll(batch);
            after = Optional.of(batch.get(batch.size() - 1).id());
        }

        // Ids are time-ordered only to the millisecond: posts written in the same one are in the order of their
        // random bits, so the export's order is the ids' (PostgreSQL compares uuids as bytes, as their text sorts).
        assertThat(seen).extracting(ExportedPost::id)
                .containsExactlyElementsOf(written.stream().sorted(Comparator.comparing(UUID::toString)).toList());
        assertThat(seen).extracting(ExportedPost::status).contains(PostStatus.DRAFT, PostStatus.PUBLISHED);
        ExportedPost linked = seen.stream().filter(post -> post.id().equals(written.get(0))).findFirst().orElseThrow();
        assertThat(linked.categories()).containsExactly("Travel");
        assertThat(linked.tags()).containsExactly("Trains");
        assertThat(exports.authorIds(admin)).containsExactly(ada);
    }

    @Test
    void pagesComeInBatchesToo() {
        UUID about = PostRows.publishedPage(jdbc, "About", "about", "Me", Instant.now());

        List<ExportedPage> first = exports.pages(admin, Optional.empty(), 10);

        assertThat(first).extracting(ExportedPage::id).containsExactly(about);
        assertThat(exports.pages(admin, Optional.of(about), 10)).isEmpty();
    }

    @Test
    void onlyAdminsExport() {
        Actor author = new Actor(ada, Role.USER);

        assertThatThrownBy(() -> exports.posts(author, Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> exports.pages(author, Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> exports.authorIds(author)).isInstanceOf(NotAllowedException.class);
    }
}
