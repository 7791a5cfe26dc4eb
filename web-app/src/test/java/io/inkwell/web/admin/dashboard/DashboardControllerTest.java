package io.inkwell.web.admin.dashboard;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.WeeklyCount;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.Bundles;
import io.inkwell.web.support.WebTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Test
    void theDashboardShowsCountsAndAnInlineSvgChart() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        post(commands, ada, "One", true);
        post(commands, ada, "Two", false);

        mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Posts by status")))
                .andExpect(content().string(containsString("Users by role")))
                .andExpect(content().string(containsString("Users by status")))
                .andExpect(content().string(containsString("<svg class=\"bar-chart\"")))
                .andExpect(content().string(containsString("<rect class=\"bar\"")))
                .andExpect(content().string(not(containsString("<script"))))
                .andExpect(content().string(containsString("href=\"/admin/posts?status=draft\">1</a>")))
                .andExpect(content().string(containsString("href=\"/admin/users?role=admin\">1</a>")))
                .andExpect(content().string(containsString("href=\"/admin/users?status=active\">2</a>")));
        mvc.perform(get("/admin").with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theNewestAccountsOfAnyStatusAreListedNewestFirstWithALinkToManageThem() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        jdbc.update("update users set created_at = now() - interval '1 day' where id = ?", admin.id());
        SignedInUser cleo = person(jdbc, "Cleo Suspended", Role.GUEST);
        jdbc.update("update users set status = 'suspended', created_at = now() - interval '1 hour' where id = ?", cleo.id());
        SignedInUser dan = person(jdbc, "Dan Newest", Role.USER);

        String page = mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String card = page.substring(page.indexOf("id=\"newest-users\""));
        card = card.substring(0, card.indexOf("</section>"));
        assertThat(card).contains("href=\"/admin/users/" + dan.id() + "/access\"", "guest, suspended");
        assertThat(card.indexOf("Dan Newest")).isLessThan(card.indexOf("Cleo Suspended"));
        assertThat(card.indexOf("Cleo Suspended")).isLessThan(card.indexOf(">Root<"));
    }

    @Test
    void barsAreScaledToTheBusiestWeek() {
        WeeklyChart chart = WeeklyChart.of(List.of(new WeeklyCount(LocalDate.parse("2026-01-05"), 2),
                new WeeklyCount(LocalDate.parse("2026-01-12"), 4), new WeeklyCount(LocalDate.parse("2026-01-19"), 0)),
                Bundles.format("format.dayMonth", Bundles.ENGLISH));

        assertThat(chart.bars()).extracting(WeeklyChart.Bar::height).containsExactly(75, 150, 0);
        assertThat(chart.bars().get(0).label()).isEqualTo("5 Jan");
        assertThat(chart.max()).isEqualTo(4);
    }
}
