package io.inkwell.comments;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of the comments context: threads in reply order, listings for moderation and the dashboard. */
public interface CommentThreads {

    /** A post's whole thread in reply order, from one statement; authors from one batch lookup. */
    CommentThread threadOf(UUID postId);

    /** The comment and every reply beneath it, depths counted from it ("continue this thread"). */
    CommentThread subtreeOf(UUID commentId);

    /** One comment as its author edits it; absent when unknown or deleted. */
    Optional<ThreadComment> find(UUID commentId);

    /** Newest first across the whole site, counted pages (moderation). */
    Page<CommentListing> latest(PageRequest request);

    /** One author's comments, newest first. */
    Page<CommentListing> byAuthor(UUID authorId, PageRequest request);

    /** Comments written per UTC day from {@code firstDay} to {@code lastDay}, days without comments included as 0. */
    List<DailyCommentCount> perDay(LocalDate firstDay, LocalDate lastDay);
}
