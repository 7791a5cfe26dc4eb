package io.inkwell.integrations;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a webhook can be told of, each from one event of the posts context. Its {@link #type()} is the
 * {@code type} of the JSON body and the {@code Inkwell-Event} header. There is no "comment approved": comments
 * are shown the moment they are written, and the comments context announces no approval.
 */
public enum WebhookEvent {

    POST_PUBLISHED("post.published", "Post published"),
    POST_UPDATED("post.updated", "Published post edited"),
    POST_UNPUBLISHED("post.unpublished", "Post unpublished (archived or back to draft)"),
    POST_DELETED("post.deleted", "Post deleted"),
    PAGE_PUBLISHED("page.published", "Page published");

    private final String type;
    private final String label;

    WebhookEvent(String type, String label) {
        this.type = type;
        this.label = label;
    }

    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }
}
