package io.inkwell.comments.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A comment's HTML ({@link CommentText#toHtml}), made once and kept by the comment's id with the text it was made
 * from: a thread page shows a hundred comments, and finding their links and escaping them at every view was 5% of
 * a post page's CPU. The HTML follows from the text alone, so an edited comment (a different text) gets new HTML
 * at its next view and nothing needs expiring. The same string each time also lets the rendered comment list's key
 * be compared and hashed without reading the HTML again.
 */
@Component
class CommentHtml {

    /** Text and HTML characters kept, about 8 MB: the comments of a few thousand busy threads. */
    static final long MAX_CHARACTERS = 4_000_000;

    private final Cache<UUID, Made> made = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((UUID id, Made html) -> html.text().length() + html.html().length())
            .build();

    private record Made(String text, String html) {
    }

    String of(UUID commentId, String text) {
        Made kept = made.getIfPresent(commentId);
        if (kept != null && kept.text().equals(text)) {
            return kept.html();
        }
        String html = CommentText.toHtml(text);
        made.put(commentId, new Made(text, html));
        return html;
    }
}
