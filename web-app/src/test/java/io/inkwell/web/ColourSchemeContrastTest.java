package io.inkwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet's two colour schemes, read from the file itself: every colour is a custom property set in
 * both, and the pairs the pages put together keep WCAG AA contrast (4.5:1 for text, 3:1 for control borders,
 * the focus ring and chart bars). The browser audit checks the rendered pages; this covers colours those
 * pages may not show at the time (flash messages, search hits, the archived notice).
 */
class ColourSchemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;

    /** Text colour, background, what it is. */
    private static final List<String[]> TEXT_PAIRS = List.of(
            pair("ink", "paper", "body text"), pair("ink", "surface", "header, cards, form controls"),
            pair("ink", "sunken", "code blocks and notices"), pair("muted", "paper", "meta lines and help"),
            pair("muted", "surface", "meta lines in dashboard cards"), pair("muted", "sunken", "muted text in notices"),
            pair("accent", "paper", "links"), pair("accent-strong", "paper", "hovered links"),
            pair("accent", "surface", "links in the header, secondary buttons"), pair("accent", "sunken", "links in notices"),
            pair("accent", "chip-bg", "category and tag chips"), pair("accent-strong", "chip-bg", "hovered chips"),
            pair("on-accent", "accent", "button labels, the skip link"), pair("on-accent", "accent-strong", "hovered buttons"),
            pair("on-accent", "danger", "danger buttons"), pair("danger", "paper", "field errors"),
            pair("danger", "danger-bg", "error messages"), pair("ok", "ok-bg", "success messages"),
            pair("warning", "warning-bg", "the archived notice"), pair("ink", "mark-bg", "search hits"),
            pair("ink", "target-bg", "the comment a link points at"), pair("muted", "target-bg", "its meta line"),
            pair("accent", "target-bg", "its links"));

    private static final List<String[]> NON_TEXT_PAIRS = List.of(
            pair("control-border", "surface", "outline of inputs"), pair("control-border", "paper", "outline of inputs"),
            pair("focus", "paper", "focus ring"), pair("focus", "surface", "focus ring in the header"),
            pair("focus", "sunken", "focus ring in notices"), pair("accent", "surface", "chart bars"));

    private static final Pattern DECLARATION = Pattern.compile("--([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Pattern LITERAL_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(?:rgb|rgba|hsl|hsla)\\(");
    private static final Pattern USED_PROPERTY = Pattern.compile("var\\(--([a-z-]+)\\)");

    private static String css;
    private static String lightBlock;
    private static String darkBlock;

    @BeforeAll
    static void readTheStylesheet() throws IOException {
        try (InputStream in = ColourSchemeContrastTest.class.getResourceAsStream("/static/css/inkwell.css")) {
            assertThat(in).as("static/css/inkwell.css on the classpath").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        lightBlock = blockAfter(css.indexOf(":root {"));
        darkBlock = blockAfter(css.indexOf(":root {", css.indexOf("@media (prefers-color-scheme: dark)")));
    }

    @Test
    void bothSchemesSetTheSameColoursAndNothingElseInTheStylesheetIsAColour() {
        assertThat(colours(darkBlock).keySet()).isEqualTo(colours(lightBlock).keySet());
        String rest = css.replace(lightBlock, "").replace(darkBlock, "").replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(LITERAL_COLOUR.matcher(rest).results().map(MatchResult::group).toList())
                .as("colours written outside the two palettes").isEmpty();
    }

    @Test
    void everyColourThePagesUseIsInThePalette() {
        Set<String> used = new TreeSet<>();
        USED_PROPERTY.matcher(css).results().forEach(match -> used.add(match.group(1)));
        assertThat(colours(lightBlock).keySet()).containsAll(used);
    }

    @Test
    void textAndControlsKeepAaContrastInTheLightScheme() {
        assertThat(tooFaint(colours(lightBlock))).isEmpty();
    }

    @Test
    void textAndControlsKeepAaContrastInTheDarkScheme() {
        assertThat(tooFaint(colours(darkBlock))).isEmpty();
    }

    @Test
    void theContrastFormulaGivesWcagsKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.48);
    }

    private static List<String> tooFaint(Map<String, String> palette) {
        List<String> faint = new ArrayList<>();
        check(palette, TEXT_PAIRS, TEXT, faint);
        check(palette, NON_TEXT_PAIRS, NON_TEXT, faint);
        return faint;
    }

    private static void check(Map<String, String> palette, List<String[]> pairs, double minimum, List<String> faint) {
        for (String[] pair : pairs) {
            assertThat(palette).as("palette").containsKeys(pair[0], pair[1]);
            double ratio = contrast(palette.get(pair[0]), palette.get(pair[1]));
            if (ratio < minimum) {
                faint.add(String.format("%s (--%s on --%s): %.2f:1, needs %.1f:1", pair[2], pair[0], pair[1], ratio, minimum));
            }
        }
    }

    /** WCAG 2 contrast ratio of two sRGB colours written #rrggbb. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    }

    private static double channel(String hex, int from) {
        double value = Integer.parseInt(hex.substring(from, from + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> colours(String block) {
        Map<String, String> colours = new LinkedHashMap<>();
        DECLARATION.matcher(block).results().forEach(match -> colours.put(match.group(1), match.group(2).toLowerCase()));
        return colours;
    }

    /** The text from {@code start} to the brace that closes the first one opened there. */
    private static String blockAfter(int start) {
        assertThat(start).as("palette block").isNotNegative();
        int open = css.indexOf('{', start);
        int close = css.indexOf('}', open);
        return css.substring(start, close + 1);
    }

    private static String[] pair(String foreground, String background, String what) {
        return new String[] {foreground, background, what};
    }
}
