package io.inkwell.posts;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the admin pages read: every post of every author, and the dashboard's counts. */
public interface PostAdministration {

    Page<PostSummary> adminPosts(AdminPostFilter filter, PageRequest request);

    /** Posts of any status by id, in the order asked, unknown ids left out (the titles of a moderation list). */
    List<PostSummary> byIds(Collection<UUID> ids);

    Map<PostStatus, Long> countByStatus();

    /** The last {@code weeks} weeks, oldest first, weeks without posts included as zero. */
    List<WeeklyCount> publishedPerWeek(int weeks);
}
