package io.inkwell.web.admin.dashboard;

import io.inkwell.posts.PostAdministration;
import io.inkwell.users.UserAdministration;
import io.inkwell.web.admin.comments.CommentDashboardCards;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteDates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    static final int WEEKS = 12;
    static final int NEWEST_USERS = 5;

    private final PostAdministration posts;
    private final UserAdministration users;
    private final CommentDashboardCards commentCards;
    private final CurrentSite site;

    DashboardController(PostAdministration posts, UserAdministration users, CommentDashboardCards commentCards,
            CurrentSite site) {
        this.posts = posts;
        this.users = users;
        this.commentCards = commentCards;
        this.site = site;
    }

    @GetMapping("/admin")
    String showDashboard(@AuthenticationPrincipal SignedInUser me, Model model) {
        SiteDates dates = site.view().dates();
        model.addAttribute("postCounts", posts.countByStatus());
        model.addAttribute("userCounts", users.counts(me.actor()));
        model.addAttribute("newestUsers", users.newest(me.actor(), NEWEST_USERS));
        model.addAttribute("chart", WeeklyChart.of(posts.publishedPerWeek(WEEKS), dates.dayMonth()));
        commentCards.addTo(model, dates.weekday());
        return "admin/dashboard/index";
    }
}
