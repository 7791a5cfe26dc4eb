package io.inkwell.web.admin.comments;

import io.inkwell.comments.CommentModeration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The dashboard's comments card: the dashboard controller calls {@link #addTo} and its template includes
 * {@code admin/comments/cards :: cards}. One statement (a grouped count), so /admin stays within its
 * six-statement budget; a "newest users" card would need an uncounted users-API query to fit as well.
 */
@Component
public class CommentDashboardCards {

    static final int DAYS = 7;

    private final CommentModeration moderation;
    private final Clock clock = Clock.systemUTC();

    CommentDashboardCards(CommentModeration moderation) {
        this.moderation = moderation;
    }

    /** @param dayLabel how a day is written in the site's language (the days are UTC days, as the comments context counts them) */
    public void addTo(Model model, DateTimeFormatter dayLabel) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("commentChart", DailyCommentChart.of(moderation.perDay(today.minusDays(DAYS - 1), today), dayLabel));
    }
}
