package io.inkwell.web.posts;

import io.inkwell.posts.PostStatus;
import io.inkwell.web.forms.Choice;
import io.inkwell.web.site.SiteMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A post's status in filters and selects: the lower-case name is sent ({@code ?status=pending}), its word in the
 * site's language is shown ({@code enum.PostStatus.PENDING}: "pending review"). Templates show one status with
 * {@code ${@siteMessages.label(post.status)}}.
 */
@Component("postStatuses")
public class PostStatuses {

    private final SiteMessages messages;

    PostStatuses(SiteMessages messages) {
        this.messages = messages;
    }

    /** Options of a status filter or select. */
    public List<Choice> choices(PostStatus... statuses) {
        return Choice.lowerCase(statuses, messages);
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
