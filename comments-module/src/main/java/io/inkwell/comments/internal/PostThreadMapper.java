package io.inkwell.comments.internal;

import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The comments context's own record of which posts take comments, kept from the posts context's events. */
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
}
