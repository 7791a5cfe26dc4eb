package io.inkwell.posts;

import java.time.Instant;
import java.util.UUID;

/** What a reviewer wrote when sending a post back, who ({@code reviewerId}, a user) and when. */
public record ReviewNote(String text, UUID reviewerId, Instant at) {
}
