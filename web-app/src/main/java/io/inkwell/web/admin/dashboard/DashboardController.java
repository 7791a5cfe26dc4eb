package io.inkwell.web.admin.dashboard;

import io.inkwell.posts.PostQueries;
import io.inkwell.users.UserAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    static final int WEEKS = 12;

    private final PostQueries posts;
    private final UserAdministration users;

    DashboardController(PostQueries posts, UserAdministration users) {
        this.posts = posts;
        this.users = users;
    }

    @GetMapping("/admin")
    String showDashboard(Model model) {
        model.addAttribute("postCounts", posts.countByStatus());
        model.addAttribute("userCounts", users.counts());
        model.addAttribute("chart", WeeklyChart.of(posts.publishedPerWeek(WEEKS)));
        return "admin/dashboard/index";
    }
}
