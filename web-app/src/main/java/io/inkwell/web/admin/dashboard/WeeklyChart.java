package io.inkwell.web.admin.dashboard;

import io.inkwell.posts.WeeklyCount;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the "posts published per week" bar chart, computed here so the template only draws
 * rectangles: inline SVG, no script, no CDN.
 */
record WeeklyChart(int width, int height, List<Bar> bars, long max) {

    static final int BAR_WIDTH = 40;
    static final int GAP = 10;
    static final int PLOT_HEIGHT = 150;
    static final int LABEL_SPACE = 40;

    record Bar(int x, int y, int width, int height, long count, String label, int labelX, int countY) {
    }

    /** @param label how a week's first day is written under its bar, in the site's language ({@code format.dayMonth}) */
    static WeeklyChart of(List<WeeklyCount> weeks, DateTimeFormatter label) {
        long max = Math.max(1, weeks.stream().mapToLong(WeeklyCount::count).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeeklyCount week = weeks.get(i);
            int barHeight = (int) Math.round((double) week.count() / max * PLOT_HEIGHT);
            int x = GAP + i * (BAR_WIDTH + GAP);
            int y = 20 + PLOT_HEIGHT - barHeight;
            bars.add(new Bar(x, y, BAR_WIDTH, barHeight, week.count(), label.format(week.weekStart()),
                    x + BAR_WIDTH / 2, y - 4));
        }
        return new WeeklyChart(GAP + weeks.size() * (BAR_WIDTH + GAP), 20 + PLOT_HEIGHT + LABEL_SPACE, bars, max);
    }

    public int labelY() {
        return 20 + PLOT_HEIGHT + 18;
    }
}
