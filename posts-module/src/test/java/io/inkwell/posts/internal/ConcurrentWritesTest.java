package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.posts.Categories;
import io.inkwell.posts.DuplicateCategoryException;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.DuplicateTagException;
import io.inkwell.posts.Tags;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many transactions at once, committed for real: these tests clean up by truncating. */
@SpringBootTest(classes = PostsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class ConcurrentWritesTest {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    @Autowired
    Tags tags;

    @Autowired
    JdbcTemplate jdbc;

    private static <T> List<T> runTogether(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void postsWithTheSameTitleSavedAtTheSameMomentGetDistinctSlugs() throws Exception {
        Actor ada = new Actor(author(jdbc, "Ada"), Role.USER);

        List<String> slugs = runTogether(8, () -> commands.create(ada,
                new PostDraft("Same moment", null, "x", null, null, Set.of()), true).slug());

        assertThat(slugs).doesNotHaveDuplicates().contains("same-moment", "same-moment-2").hasSize(8);
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isEqualTo(8);
    }

    @Test
    void postCountsStayExactUnderConcurrentPublishing() throws Exception {
        List<UUID> shared = List.of(categories.create(ADMIN, "One", null).id(), categories.create(ADMIN, "Two", null).id(),
                categories.create(ADMIN, "Three", null).id());
        Actor ada = new Actor(author(jdbc, "Ada"), Role.USER);

        List<List<UUID>> created = runTogether(8, () -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                PostRef ref = commands.create(ada, new PostDraft("Post", null, "x", null, null, Set.copyOf(shared)), i % 2 == 0);
                commands.publish(ada, ref.id());
                if (i % 5 == 0) {
                    commands.archive(ada, ref.id());
                }
                if (i % 7 == 0) {
                    commands.delete(ada, ref.id());
                }
                ids.add(ref.id());
            }
            return ids;
        });

        assertThat(created).flatExtracting(ids -> ids).hasSize(160);
        for (UUID category : shared) {
            Integer counter = jdbc.queryForObject("select post_count from categories where id = ?", Integer.class, category);
            Integer actual = jdbc.queryForObject("""
                    select count(*) from post_categories pc join posts p on p.id = pc.post_id
                     where pc.category_id = ? and p.status = 'published'""", Integer.class, category);
            assertThat(counter).isEqualTo(actual).isEqualTo(8 * 14);
        }
    }

    @Test
    void twoAdminsCreatingOneNameAtOnceGetOneCategoryAndOneFieldError() throws Exception {
        List<String> outcomes = runTogether(6, () -> {
            try {
                categories.create(ADMIN, "Racing", null);
                return "created";
            } catch (DuplicateCategoryException e) {
                return "duplicate";
            }
        });

        assertThat(outcomes).containsOnlyOnce("created").containsOnly("created", "duplicate");
        assertThat(jdbc.queryForObject("select count(*) from categories", Integer.class)).isEqualTo(1);
    }

    /** Every tag's counter against its published posts counted from the links. */
    private void assertTagCountsAreExact() {
        List<String> wrong = jdbc.queryForList("""
                select t.name from tags t
                 where t.post_count <> (select count(*) from post_tags pt join posts p on p.id = pt.post_id
                                         where pt.tag_id = t.id and p.status = 'published')""", String.class);
        assertThat(wrong).as("tags whose post_count is not their published posts").isEmpty();
    }

    @Test
    void tagsTypedAtOnceInAnyCaseBecomeOneTagEachWithExactCounts() throws Exception {
        Actor ada = new Actor(author(jdbc, "Ada"), Role.USER);
        List<List<String>> spellings = List.of(List.of("Alpha", "beta", "GAMMA"), List.of("gamma", "ALPHA", "Beta"),
                List.of("beta", "gamma", "alpha"));
        AtomicInteger writer = new AtomicInteger();

        runTogether(8, () -> {
            List<String> typed = spellings.get(writer.getAndIncrement() % spellings.size());
            for (int i = 0; i < 20; i++) {
                PostRef ref = commands.create(ada, new PostDraft("Post", null, "x", null, null, Set.of(), typed), i % 2 == 0);
                commands.publish(ada, ref.id());
                if (i % 5 == 0) {
                    commands.archive(ada, ref.id());
                }
                if (i % 7 == 0) {
                    commands.delete(ada, ref.id());
                }
            }
            return null;
        });

        assertThat(jdbc.queryForList("select lower(name) from tags order by 1", String.class))
                .containsExactly("alpha", "beta", "gamma");
        assertThat(jdbc.queryForList("select post_count from tags", Integer.class)).containsOnly(8 * 14);
        assertTagCountsAreExact();
    }

    @Test
    void mergingWhileAuthorsPublishKeepsEveryCountExact() throws Exception {
        Actor ada = new Actor(author(jdbc, "Ada"), Role.USER);
        commands.create(ada, new PostDraft("Seed", null, "x", null, null, Set.of(), List.of("js", "JavaScript")), true);
        UUID js = tags.byName("js").orElseThrow().id();
        UUID javascript = tags.byName("javascript").orElseThrow().id();
        AtomicInteger worker = new AtomicInteger();

        List<String> outcomes = runTogether(5, () -> {
            if (worker.getAndIncrement() == 0) {
                tags.merge(ADMIN, js, javascript);
                return "merged";
            }
            for (int i = 0; i < 15; i++) {
                PostRef ref = commands.create(ada, new PostDraft("Post", null, "x", null, null, Set.of(),
                        i % 2 == 0 ? List.of("javascript", "js") : List.of("JS")), true);
                if (i % 4 == 0) {
                    commands.archive(ada, ref.id());
                }
            }
            return "wrote";
        });

        assertThat(outcomes).containsOnlyOnce("merged");
        assertThat(tags.byId(js)).isEmpty();
        assertTagCountsAreExact();
    }

    @Test
    void twoAdminsRenamingTwoTagsToOneNameGetOneRenameAndOneFieldError() throws Exception {
        Actor ada = new Actor(author(jdbc, "Ada"), Role.USER);
        commands.create(ada, new PostDraft("Seed", null, "x", null, null, Set.of(), List.of("one", "two")), true);
        List<UUID> ids = List.of(tags.byName("one").orElseThrow().id(), tags.byName("two").orElseThrow().id());
        AtomicInteger admin = new AtomicInteger();

        List<String> outcomes = runTogether(2, () -> {
            try {
                tags.rename(ADMIN, ids.get(admin.getAndIncrement()), "Both");
                return "renamed";
            } catch (DuplicateTagException e) {
                return "duplicate";
            }
        });

        assertThat(outcomes).containsExactlyInAnyOrder("renamed", "duplicate");
        assertThat(jdbc.queryForList("select name from tags order by name", String.class)).hasSize(2).contains("Both");
    }
}
