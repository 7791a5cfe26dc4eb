package io.inkwell.web.admin.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.DailyCommentCount;
import io.inkwell.web.support.Bundles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyCommentChartTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final DateTimeFormatter ENGLISH = Bundles.format("format.weekday", Bundles.ENGLISH);

    @Test
    void theBusiestDayFillsThePlotAndQuietDaysHaveNoBar() {
        DailyCommentChart chart = DailyCommentChart.of(List.of(
                new DailyCommentCount(MONDAY, 4), new DailyCommentCount(MONDAY.plusDays(1), 0),
                new DailyCommentCount(MONDAY.plusDays(2), 2)), ENGLISH);

        assertThat(chart.total()).isEqualTo(6);
        assertThat(chart.bars()).extracting(DailyCommentChart.Bar::height)
                .containsExactly(DailyCommentChart.PLOT_HEIGHT, 0, DailyCommentChart.PLOT_HEIGHT / 2);
        assertThat(chart.bars().get(0).label()).isEqualTo("Mon 2");
        assertThat(chart.bars().get(1).x()).isGreaterThan(chart.bars().get(0).x() + chart.bars().get(0).width());
        assertThat(chart.width()).isGreaterThan(chart.bars().get(2).x() + chart.bars().get(2).width());
    }

    @Test
    void dayNamesAreInTheSiteLanguage() {
        DailyCommentChart chart = DailyCommentChart.of(List.of(new DailyCommentCount(MONDAY, 1)),
                Bundles.format("format.weekday", Bundles.GERMAN));

        assertThat(chart.bars().get(0).label()).isEqualTo("Mo. 2.");
    }

    @Test
    void aWeekWithoutCommentsDrawsNoBarsAndDoesNotDivideByZero() {
        DailyCommentChart chart = DailyCommentChart.of(List.of(new DailyCommentCount(MONDAY, 0)), ENGLISH);

        assertThat(chart.total()).isZero();
        assertThat(chart.bars()).extracting(DailyCommentChart.Bar::height).containsExactly(0);
    }
}
