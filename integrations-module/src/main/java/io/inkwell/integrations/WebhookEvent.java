package io.inkwell.integrations;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a webhook can be told of, each from one event of the posts context. Its {@link #type()} is the
 * {@code type} of the JSON body and the {@code Inkwell-Event} header; people read its word in the site's language
 * ({@code enum.WebhookEvent.<CONSTANT>} in the web application's bundles). There is no "comment approved": comments
 * are shown the moment they are written, and the comments context announces no approval.
 */
public enum WebhookEvent {

    POST_PUBLISHED("post.published"),
    POST_UPDATED("post.updated"),
    POST_UNPUBLISHED("post.unpublished"),
    POST_DELETED("post.deleted"),
    PAGE_PUBLISHED("page.published");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }
}
