package io.inkwell.posts.internal;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

/** The scheduling sweep's one statement. */
@Mapper
interface ScheduleMapper {

    /**
     * Publishes the scheduled post that fell due first, if any that no other transaction holds: its publication date
     * becomes the time it was scheduled for. Returns it as published.
     */
    Optional<DueRow> publishNextDue();
}
