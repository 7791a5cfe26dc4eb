package io.inkwell.web.admin.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.Bundles;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.ui.ExtendedModelMap;

@WebTest
class CommentDashboardCardsTest {

    @Autowired
    CommentDashboardCards cards;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = "ADMIN")
    void theCardCountsThisWeeksCommentsByDay() {
        SignedInUser ada = person(jdbc, "Ada Lovelace", Role.USER);
        UUID post = WebTestData.publishedPost(jdbc, ada.id(), "Post", "post", Instant.parse("2026-01-01T10:00:00Z"));
        comment(jdbc, post, ada.id(), null, "Today");
        UUID old = comment(jdbc, post, ada.id(), null, "Long ago");
        jdbc.update("update comments set created_at = now() - interval '30 days' where id = ?", old);
        ExtendedModelMap model = new ExtendedModelMap();

        cards.addTo(model, Bundles.format("format.weekday", Bundles.ENGLISH));

        DailyCommentChart chart = (DailyCommentChart) model.get("commentChart");
        assertThat(chart.bars()).hasSize(7);
        assertThat(chart.total()).isEqualTo(1);
        assertThat(chart.bars().get(6).count()).isEqualTo(1);
    }
}
