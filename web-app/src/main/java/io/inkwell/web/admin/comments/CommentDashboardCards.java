package io.inkwell.web.admin.comments;

import io.inkwell.comments.CommentThreads;
import io.inkwell.db.PageRequest;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserSearch;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The dashboard's comment and people cards: the dashboard controller calls {@link #addTo} and its
 * template includes {@code admin/comments/cards :: cards}. Two statements: one grouped count, one page of users.
 */
@Component
public class CommentDashboardCards {

    static final int DAYS = 7;
    static final int NEWEST_USERS = 5;

    private final CommentThreads threads;
    private final UserAdministration users;
    private final Clock clock = Clock.systemUTC();

    CommentDashboardCards(CommentThreads threads, UserAdministration users) {
        this.threads = threads;
        this.users = users;
    }

    public void addTo(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("commentChart", DailyCommentChart.of(threads.perDay(today.minusDays(DAYS - 1), today)));
        model.addAttribute("newestUsers", users.search(UserSearch.everyone(), PageRequest.first(NEWEST_USERS)).items());
    }
}
