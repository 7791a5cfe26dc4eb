package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostsTestApplication;
import io.inkwell.db.test.StatementPlans;
import io.inkwell.posts.RelatedPost;
import io.inkwell.posts.test.PostRows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Related posts: shared tags first (double), then categories, then likeness of text; always published, never itself. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class RelatedPostMapperTest {

    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    @Autowired
    RelatedPostMapper related;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID bob;
    UUID tea;
    UUID coffee;
    UUID drinks;
    final AtomicInteger day = new AtomicInteger();

    @BeforeEach
    void givenTagsAndACategory() {
        jdbc.update("delete from posts");
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
        tea = PostRows.tag(jdbc, "Tea", "tea");
        coffee = PostRows.tag(jdbc, "Coffee", "coffee");
        drinks = PostRows.category(jdbc, "Drinks", "drinks");
    }

    private UUID post(UUID author, String title, UUID... tags) {
        UUID id = PostRows.published(jdbc, author, title, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"),
                START.plus(day.incrementAndGet(), ChronoUnit.DAYS));
        for (UUID tag : tags) {
            PostRows.tagLink(jdbc, id, tag);
        }
        return id;
    }

    @Test
    void postsSharingMoreTagsComeFirstThenCategoriesThenTheAuthorsOwn() {
        UUID me = post(ada, "Brewing green tea", tea, coffee);
        PostRows.link(jdbc, me, drinks);
        UUID bothTags = post(bob, "Morning cups", tea, coffee);
        UUID oneTag = post(bob, "Afternoon break", tea);
        UUID category = post(bob, "Juice");
        PostRows.link(jdbc, category, drinks);
        post(ada, "Unrelated by Ada");
        post(bob, "Unrelated by Bob");

        assertThat(related.selectRelated(me, 10, 3)).extracting(RelatedPost::id).containsExactly(bothTags, oneTag, category);
    }

    @Test
    void amongPostsSharingAsMuchTheOneMoreAlikeInTextComesFirst() {
        UUID me = post(ada, "Green tea gardens", tea);
        UUID unlike = post(bob, "Harbour walks", tea);
        UUID alike = post(bob, "Tea gardens of the south", tea);

        assertThat(related.selectRelated(me, 10, 3)).extracting(RelatedPost::id).containsExactly(alike, unlike);
    }

    @Test
    void aPostWithoutTagsOrCategoriesIsRelatedToItsAuthorsPostsMostAlikeInText() {
        UUID me = post(ada, "Sourdough starter");
        post(ada, "Cycling to work");
        UUID alike = post(ada, "Feeding a sourdough starter");
        post(bob, "Sourdough by someone else");

        assertThat(related.selectRelated(me, 10, 1)).extracting(RelatedPost::id).containsExactly(alike);
    }

    @Test
    void draftsArchivedPostsAndThePostItselfAreNeverRelated() {
        UUID me = post(ada, "Tea", tea);
        UUID draft = PostRows.draft(jdbc, bob, "Draft tea", "draft-tea");
        PostRows.tagLink(jdbc, draft, tea);
        UUID archived = post(bob, "Archived tea", tea);
        jdbc.update("update posts set status = 'archived' where id = ?", archived);

        assertThat(related.selectRelated(me, 10, 3)).isEmpty();
    }

    @Test
    void aRelatedPostCarriesItsTitleSlugAndDate() {
        UUID me = post(ada, "First", tea);
        UUID other = post(bob, "Second post", tea);

        assertThat(related.selectRelated(me, 10, 3)).containsExactly(new RelatedPost(other, "Second post", "second-post",
                START.plus(2, ChronoUnit.DAYS)));
    }

    @Test
    void everyStepReadsAnIndex() {
        String plan = StatementPlans.plan(sessions, jdbc, RelatedPostMapper.class, "selectRelated",
                Map.of("postId", UUID.randomUUID(), "near", 10, "limit", 3));

        assertThat(plan).contains("post_tags_tag_listed_idx", "post_categories_category_listed_idx",
                "posts_author_published_idx", "post_tags_pkey", "post_categories_pkey").doesNotContain("Seq Scan");
    }
}
