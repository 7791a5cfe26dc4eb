package io.inkwell.web.posts;

import io.inkwell.posts.PostStatus;
import io.inkwell.web.forms.Choice;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How a post's status reads on the site ({@code ${@postStatuses.label(post.status)}}): lower case, and "pending
 * review" for a post submitted to the editors. Filters send the lower-case name ({@code ?status=pending}).
 */
@Component("postStatuses")
public class PostStatuses {

    public String label(PostStatus status) {
        return status == PostStatus.PENDING ? "pending review" : status.name().toLowerCase(Locale.ROOT);
    }

    /** Options of a status filter or select: the lower-case name sent, the label shown. */
    public List<Choice> choices(PostStatus... statuses) {
        return Arrays.stream(statuses).map(status -> new Choice(status.name().toLowerCase(Locale.ROOT), label(status))).toList();
    }

    /** The count of the status named (in any case) in counts by status; 0 when it has none. */
    public long countOf(Map<PostStatus, Long> counts, String status) {
        PostStatus named = parse(status);
        return named == null ? 0 : counts.getOrDefault(named, 0L);
    }

    /** The status a filter names, whatever its case; none for anything else (a hand-edited URL shows everything). */
    public static PostStatus parse(String status) {
        return Arrays.stream(PostStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
    }
}
