package io.inkwell.posts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Autosaves ({@code post_autosaves}) and who has a post's editor open ({@code post_editors}). */
@Mapper
interface EditingMapper {

    /**
     * Stores the autosave if the post still has {@code baseVersion} and no autosave of this person made on a newer
     * version exists; 0 when it was not stored.
     */
    int upsertAutosave(AutosaveRow row);

    Optional<AutosaveRow> selectAutosave(@Param("postId") UUID postId, @Param("userId") UUID userId);

    int deleteAutosave(@Param("postId") UUID postId, @Param("userId") UUID userId);

    int touchPresence(@Param("postId") UUID postId, @Param("userId") UUID userId);

    /** Others seen in the post's editor within the last {@code minutes} minutes, most recently seen first. */
    List<PresenceRow> selectOthersEditing(@Param("postId") UUID postId, @Param("userId") UUID userId,
                                          @Param("minutes") int minutes);

    /** Background clean-up: presence older than a day. */
    int deleteStalePresence();
}
