package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.test.PostRows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PreviewLinkMapperTest {

    private static final Instant NEXT_WEEK = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);

    @Autowired
    PreviewLinkMapper links;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID post;

    @BeforeEach
    void givenADraft() {
        ada = author(jdbc, "Ada");
        post = PostRows.draft(jdbc, ada, "Secret draft", "secret-" + UUID.randomUUID());
        UUID tag = PostRows.tag(jdbc, "Tea", "tea-" + UUID.randomUUID());
        PostRows.tagLink(jdbc, post, tag);
    }

    private static byte[] hash(int seed) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) seed);
        return hash;
    }

    @Test
    void aLinksHashFindsThePostPageRows() {
        links.upsert(post, hash(1), ada, NEXT_WEEK);

        assertThat(links.selectDetailByTokenHash(hash(1))).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(post);
            assertThat(row.title()).isEqualTo("Secret draft");
            assertThat(row.linkName()).isEqualTo("Tea");
        });
        assertThat(links.selectExpiryOfPost(post)).contains(NEXT_WEEK);
        assertThat(links.selectDetailByTokenHash(hash(2))).isEmpty();
    }

    @Test
    void anExpiredLinkFindsNothingAndIsCleanedUp() {
        links.upsert(post, hash(1), ada, NEXT_WEEK);
        jdbc.update("update post_preview_links set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'");

        assertThat(links.selectDetailByTokenHash(hash(1))).isEmpty();
        assertThat(links.selectExpiryOfPost(post)).isEmpty();
        assertThat(links.deleteExpired()).isEqualTo(1);
    }

    @Test
    void upsertReplacesThePostsLinkAndDeleteByPostRevokesIt() {
        links.upsert(post, hash(1), ada, NEXT_WEEK);
        links.upsert(post, hash(2), ada, NEXT_WEEK);

        assertThat(links.selectDetailByTokenHash(hash(1))).as("the replaced link").isEmpty();
        assertThat(links.selectDetailByTokenHash(hash(2))).isNotEmpty();

        assertThat(links.deleteByPost(post)).isEqualTo(1);
        assertThat(links.selectDetailByTokenHash(hash(2))).isEmpty();
    }
}
