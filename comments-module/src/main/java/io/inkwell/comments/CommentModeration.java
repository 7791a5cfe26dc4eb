package io.inkwell.comments;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import java.time.LocalDate;
import java.util.List;

/** What the admin pages read of the comments: the moderation list and the dashboard's daily counts. */
public interface CommentModeration {

    /** Newest first across the whole site, counted pages. */
    Page<CommentListItem> latest(PageRequest request);

    /** Comments written per UTC day from {@code firstDay} to {@code lastDay}, days without comments included as 0. */
    List<DailyCommentCount> perDay(LocalDate firstDay, LocalDate lastDay);
}
