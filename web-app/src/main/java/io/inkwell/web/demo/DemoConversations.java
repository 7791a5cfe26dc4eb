package io.inkwell.web.demo;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.users.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's threaded conversations, written through the comments service so they obey its rules
 * (content, same-post parents, at most 10 comments a minute per person: each voice speaks a few times).
 */
@Component
class DemoConversations {

    /** Who speaks (index into the people), what they say, and whom they answer (index of an earlier line, or -1). */
    record Line(int speaker, int replyTo, String text) {
    }

    static final List<Line> CONVERSATION = List.of(
            new Line(1, -1, "This matches what I have seen in production. How did you measure it?"),
            new Line(0, 0, "With the project's own benchmark on the 1M-post data set: median of ten runs."),
            new Line(1, 1, "Ten runs on a busy machine can still hide a lot. Did you pin the CPU?"),
            new Line(2, 2, "Pinning helps, but the variance mostly came from the disk cache, in my experience."),
            new Line(0, 3, "Good point. I will rerun with a warm cache and post the numbers."),
            new Line(1, 4, "Looking forward to it! Details here: https://www.postgresql.org/docs/current/using-explain.html"),
            new Line(2, -1, "Great write-up.\nOne question: does this hold for replicas too?"),
            new Line(0, 6, "It does, as long as the replica has the same indexes."),
            new Line(2, 7, "Thanks, that settles it."));

    private final CommentCommands comments;

    DemoConversations(CommentCommands comments) {
        this.comments = comments;
    }

    /** Each voice has three lines per post, so three posts keep everyone within the rate limit. */
    static final int POSTS_WITH_CONVERSATIONS = 3;

    /** The conversation under the first few posts; {@code people} are the demo authors. */
    int write(List<Actor> people, List<UUID> postIds) {
        int written = 0;
        for (UUID postId : postIds.subList(0, Math.min(POSTS_WITH_CONVERSATIONS, postIds.size()))) {
            UUID[] ids = new UUID[CONVERSATION.size()];
            for (int i = 0; i < CONVERSATION.size(); i++) {
                Line line = CONVERSATION.get(i);
                Actor speaker = people.get(line.speaker() % people.size());
                ids[i] = comments.add(speaker, new AddComment(postId, line.replyTo() < 0 ? null : ids[line.replyTo()], line.text())).id();
                written++;
            }
        }
        return written;
    }
}
