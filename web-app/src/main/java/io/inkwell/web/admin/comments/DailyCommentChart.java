package io.inkwell.web.admin.comments;

import io.inkwell.comments.DailyCommentCount;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Geometry of the "comments per day" bars, computed here so the template only draws rectangles (no script, no inline style). */
public record DailyCommentChart(int width, int height, int labelY, long total, List<Bar> bars) {

    static final int BAR_WIDTH = 36;
    static final int GAP = 8;
    static final int TOP = 18;
    static final int PLOT_HEIGHT = 110;

    public record Bar(int x, int y, int width, int height, long count, String label, String date, int middleX, int countY) {
    }

    /** @param label how a day is written under its bar, in the site's language ({@code format.weekday}) */
    static DailyCommentChart of(List<DailyCommentCount> days, DateTimeFormatter label) {
        long max = Math.max(1, days.stream().mapToLong(DailyCommentCount::comments).max().orElse(0));
        List<Bar> bars = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            DailyCommentCount day = days.get(i);
            int barHeight = (int) Math.round((double) day.comments() / max * PLOT_HEIGHT);
            int x = GAP + i * (BAR_WIDTH + GAP);
            int y = TOP + PLOT_HEIGHT - barHeight;
            bars.add(new Bar(x, y, BAR_WIDTH, barHeight, day.comments(), label.format(day.day()), day.day().toString(),
                    x + BAR_WIDTH / 2, y - 4));
        }
        long total = days.stream().mapToLong(DailyCommentCount::comments).sum();
        return new DailyCommentChart(GAP + days.size() * (BAR_WIDTH + GAP), TOP + PLOT_HEIGHT + 30, TOP + PLOT_HEIGHT + 18,
                total, bars);
    }
}
