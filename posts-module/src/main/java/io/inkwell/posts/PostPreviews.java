package io.inkwell.posts;

import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * "Share preview": a secret link that shows a post that is not public yet to anyone who has it, for
 * {@link #VALID_FOR} or until revoked. One link per post; sharing again replaces it. Sharing and revoking need the
 * right to edit the post (else {@link NotAllowedException}).
 */
public interface PostPreviews {

    Duration VALID_FOR = Duration.ofDays(7);

    SharedPreview share(Actor actor, UUID postId);

    void revoke(Actor actor, UUID postId);

    /** Until when the post's link works, if it has one that does. */
    Optional<Instant> sharedUntil(Actor actor, UUID postId);

    /**
     * The post a token shows: empty for a token the site did not make, one that expired or was revoked, and a post
     * gone since. A post published since is returned as it is; the page sends readers to its address.
     */
    Optional<PostDetail> byToken(String token);
}
