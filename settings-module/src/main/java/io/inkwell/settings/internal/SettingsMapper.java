package io.inkwell.settings.internal;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SettingsMapper {

    /** The one row, its comment policy included; empty on a new site. */
    Optional<SettingsRow> selectSettings();

    /** Writes the comment policy if the row still has {@code expectedVersion}, moving the version on. */
    int updateCommentPolicy(@Param("row") CommentPolicyRow row, @Param("expectedVersion") int expectedVersion);

    /** Writes {@code defaults} as the row if there is none; 1 when this call wrote it. */
    int insertIfMissing(SettingsRow defaults);

    /** Writes {@code row} over the stored one if that one still has {@code expectedVersion}, moving the version on. */
    int update(@Param("row") SettingsRow row, @Param("expectedVersion") int expectedVersion);

    /** Changes the logo's address alone, moving the version on (an open settings form is then stale). */
    int updateLogoUrl(@Param("address") String address);

    /** Changes the icon's address alone, moving the version on. */
    int updateIconUrl(@Param("address") String address);

    /** Locks the row to the end of the transaction (menu changes take turns); null when there is none. */
    Integer lock();
}
