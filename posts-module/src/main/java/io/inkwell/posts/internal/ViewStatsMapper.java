package io.inkwell.posts.internal;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Views per day and per week for "Trending this week"; the all-time count stays in {@link PostMapper}. */
@Mapper
interface ViewStatsMapper {

    int addDayViews(@Param("day") LocalDate day, @Param("batch") ViewBatch batch);

    int addWeekViews(@Param("batch") ViewBatch batch);

    /** Locks the roll-over marker until commit and returns the last day taken out of the week (null: none). */
    LocalDate lockRollover();

    /** Deletes the day buckets up to {@code through} and subtracts exactly those rows from the week totals. */
    int subtractDaysThrough(@Param("through") LocalDate through);

    int deleteUnviewedWeeks();

    int markRolledThrough(@Param("through") LocalDate through);
}
