package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.PostPreviews;
import io.inkwell.posts.PostStatusException;
import io.inkwell.posts.SharedPreview;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preview links: 32 random bytes, written in the URL as 43 base64url characters; the database keeps their SHA-256
 * only, as it does for remembered logins, so the links it holds cannot be read back from it.
 */
@Service
@Transactional
class PostPreviewService implements PostPreviews {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PreviewLinkMapper links;
    private final PostMapper posts;

    PostPreviewService(PreviewLinkMapper links, PostMapper posts) {
        this.links = links;
        this.posts = posts;
    }

    @Override
    public SharedPreview share(Actor actor, UUID postId) {
        PostRow post = editable(actor, postId);
        if (!post.status().isPrivate()) {
            throw new PostStatusException(Refusal.of("refused.post.previewOfPublic",
                    "This post is public: share its address instead of a preview."));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = Instant.now().plus(VALID_FOR).truncatedTo(ChronoUnit.MICROS);
        links.upsert(postId, hash(token), actor.userId(), expiresAt);
        return new SharedPreview(token, expiresAt);
    }

    @Override
    public void revoke(Actor actor, UUID postId) {
        editable(actor, postId);
        links.deleteByPost(postId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> sharedUntil(Actor actor, UUID postId) {
        editable(actor, postId);
        return links.selectExpiryOfPost(postId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PostDetail> byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        List<DetailRow> rows = links.selectDetailByTokenHash(hash(token));
        return rows.isEmpty() ? Optional.empty() : Optional.of(PostDetails.of(rows, 0));
    }

    private PostRow editable(Actor actor, UUID postId) {
        PostRow post = posts.selectById(postId).orElseThrow(() -> new PostNotFoundException("No post " + postId));
        if (!PostRights.mayEdit(actor, post.authorId(), post.status())) {
            throw new NotAllowedException("Only those who may edit post " + postId + " share or revoke its preview.");
        }
        return post;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
