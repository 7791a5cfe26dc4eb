package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostPreviews;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SharedPreview;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** "Share preview": a random link to a post not yet public, for seven days or until revoked. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostPreviewServiceTest {

    @Autowired
    PostPreviews previews;

    @Autowired
    PostCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    PostRef draft;

    @BeforeEach
    void givenADraft() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        draft = commands.create(ada, new PostDraft("Not yet", null, "Secret **text**", null, null, Set.of()), false);
    }

    @Test
    void aSharedLinkShowsTheDraftForSevenDays() throws Exception {
        Instant before = Instant.now();

        SharedPreview shared = previews.share(ada, draft.id());

        assertThat(shared.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(shared.expiresAt()).isBetween(before.plus(Duration.ofDays(7)).minusSeconds(1),
                Instant.now().plus(Duration.ofDays(7)));
        assertThat(previews.byToken(shared.token())).hasValueSatisfying(post -> {
            assertThat(post.id()).isEqualTo(draft.id());
            assertThat(post.contentHtml()).contains("<strong>text</strong>");
        });
        assertThat(previews.sharedUntil(ada, draft.id())).contains(shared.expiresAt());
        assertThat(jdbc.queryForObject("select encode(token_hash, 'hex') from post_preview_links where post_id = ?", String.class,
                draft.id())).as("only the token's hash is kept").isEqualTo(sha256Hex(shared.token()));
    }

    private static String sha256Hex(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void tokensAreRandom() {
        assertThat(previews.share(ada, draft.id()).token()).isNotEqualTo(previews.share(ada, draft.id()).token());
    }

    @Test
    void sharingAgainReplacesTheLinkAndRevokingEndsIt() {
        SharedPreview first = previews.share(ada, draft.id());
        SharedPreview second = previews.share(ada, draft.id());

        assertThat(previews.byToken(first.token())).isEmpty();
        assertThat(previews.byToken(second.token())).isPresent();

        previews.revoke(ada, draft.id());
        assertThat(previews.byToken(second.token())).isEmpty();
        assertThat(previews.sharedUntil(ada, draft.id())).isEmpty();
    }

    @Test
    void anExpiredATamperedOrAMadeUpTokenShowsNothing() {
        SharedPreview shared = previews.share(ada, draft.id());
        jdbc.update("update post_preview_links set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'");

        assertThat(previews.byToken(shared.token())).isEmpty();
        assertThat(previews.byToken("A".repeat(43))).isEmpty();
        assertThat(previews.byToken("not a token")).isEmpty();
        assertThat(previews.byToken(null)).isEmpty();
    }

    @Test
    void aPublishedPostIsSharedByItsAddressAndOnlyItsEditorsShareIt() {
        Actor bob = new Actor(author(jdbc, "Bob"), Role.USER);
        assertThatThrownBy(() -> previews.share(bob, draft.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> previews.revoke(bob, draft.id())).isInstanceOf(NotAllowedException.class);

        commands.publish(ada, draft.id());
        assertThatThrownBy(() -> previews.share(ada, draft.id())).isInstanceOf(PostStatusException.class);
    }

    @Test
    void aLinkSharedBeforeThePostWasPublishedStillFindsIt() {
        SharedPreview shared = previews.share(ada, draft.id());
        commands.publish(ada, draft.id());

        assertThat(previews.byToken(shared.token())).hasValueSatisfying(post -> assertThat(post.isPublished()).isTrue());
    }
}
