package io.inkwell.comments.internal;

import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The comments context's own record of which posts take comments, kept from the posts context's events, and of
 * the posts whose authors closed their comments.
 */
@Mapper
interface PostThreadMapper {

    /** Opens the post's thread unless a newer version of the post is already known; returns the rows changed. */
    int open(@Param("postId") UUID postId, @Param("postVersion") int postVersion);

    /** Closes the post's thread unless a newer version of the post is already known; returns the rows changed. */
    int close(@Param("postId") UUID postId, @Param("postVersion") int postVersion);

    /**
     * Whether the post takes comments (null: a post comments never heard of), holding its row until the
     * transaction ends so that the thread cannot be closed or removed under a comment being written.
     */
    Boolean lockTakesComments(@Param("postId") UUID postId);

    /** {@link #lockTakesComments} with whether its author closed it; empty for a post comments never heard of. */
    Optional<ThreadGate> lockGate(@Param("postId") UUID postId);

    /** The counted comments, whether the post takes comments and whether its author closed them. */
    ThreadStatusRow selectStatus(@Param("postId") UUID postId);

    boolean isClosedByAuthor(@Param("postId") UUID postId);

    /** 1 when closed now, 0 when it already was. */
    int closeByAuthor(@Param("postId") UUID postId, @Param("closedBy") UUID closedBy);

    int reopenByAuthor(@Param("postId") UUID postId);
}
