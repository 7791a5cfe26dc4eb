package io.inkwell.web.browser;

import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader and an admin walk the pages they use most while axe-core audits each one, in the light and the
 * dark colour scheme (Chromium is told which the "system" prefers, as a reader's setting would). Any
 * serious or critical violation fails the test with its rule, the elements and the rule's help page. axe
 * comes inside Deque's Selenium binding, so nothing is fetched from the network. The same walk checks the
 * keyboard: the skip link, a visible focus ring on every tab stop, and pages that fit a 360 px phone.
 */
class AccessibilityJourneyTest extends BrowserJourney {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final String ADMIN_EMAIL = "admin@example.com";

    private static final String MARKDOWN = """
            Tea tastes of where it was made. A [map of the route](https://example.com/map) helps.

            ## What to pack

            > Boil the water once, and only once.

            ```
            brew --minutes 3 --temperature 80
            ```

            - a small kettle
            - two cups
            """;

    /** The colour scheme the emulated system prefers, and the page background the stylesheet gives it. */
    enum Scheme {
        LIGHT("light", "rgb(253, 252, 249)"),
        DARK("dark", "rgb(21, 24, 31)");

        final String media;
        final String background;

        Scheme(String media, String background) {
            this.media = media;
            this.background = background;
        }
    }

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands posts;

    @Autowired
    Categories categories;

    private PostRef post;
    private UUID question;

    @BeforeEach
    void aPostUnderDiscussion() {
        SignedInUser admin = TestAccounts.registered(accounts, jdbc, "Site Admin", ADMIN_EMAIL, Role.ADMIN);
        SignedInUser reader = TestAccounts.registered(accounts, jdbc, "Rita Reader", "rita@example.com", Role.USER);
        UUID travel = categories.create(CATEGORY_ADMIN, "Travel", "Trips and roads").id();
        UUID tea = categories.create(CATEGORY_ADMIN, "Tea", "Leaves and cups").id();
        post = posts.create(admin.actor(), new PostDraft("Tea on the road", null, MARKDOWN, null, null, Set.of(travel, tea)), true);
        question = CommentRows.comment(jdbc, post.id(), reader.id(), null, "Where was the best cup? https://example.com/cups");
        CommentRows.comment(jdbc, post.id(), admin.id(), question, "In a station, at dawn.");
    }

    @AfterEach
    void backToTheBrowsersOwnSchemeAndScreen() {
        driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @ParameterizedTest(name = "{0} scheme")
    @EnumSource(Scheme.class)
    void theMostUsedPagesHaveNoSeriousOrCriticalViolations(Scheme scheme) {
        emulate(scheme);
        String postPage = "/posts/" + post.slug();
        List<String> violations = new ArrayList<>();

        for (String path : List.of("/", postPage, "/search?q=tea", "/login")) {
            violations.addAll(audit(path, scheme));
        }
        logIn(ADMIN_EMAIL, TestAccounts.PASSWORD);
        for (String path : List.of(postPage + "?replyTo=" + question, "/posts/new", "/posts/" + post.id() + "/edit",
                "/admin", "/admin/users", "/admin/comments?tab=approved", "/admin/settings/comments",
                postPage + "/comments/new", "/admin/media", "/admin/import", "/admin/export")) {
            violations.addAll(audit(path, scheme));
        }

        assertThat(violations).withFailMessage(() -> "axe-core found serious or critical violations in the "
                + scheme.media + " scheme:\n" + String.join("\n", violations)).isEmpty();
    }

    @ParameterizedTest(name = "{0} scheme")
    @EnumSource(Scheme.class)
    void theFirstTabShowsTheSkipLinkAndEveryTabStopShowsAFocusRing(Scheme scheme) {
        emulate(scheme);
        open("/login");

        WebElement skipLink = tab();
        assertThat(skipLink.getText()).isEqualTo("Skip to content");
        assertThat(skipLink.getSize().getWidth()).as("width of the focused skip link").isGreaterThan(50);
        skipLink.sendKeys(Keys.ENTER);
        assertThat(driver().switchTo().activeElement().getDomAttribute("id")).as("focus after the skip link").isEqualTo("main");

        open("/login");
        List<String> withoutRing = new ArrayList<>();
        int stops = 0;
        for (WebElement focused = tab(); !"body".equals(focused.getTagName()) && stops < 40; focused = tab()) {
            stops++;
            if (!"solid".equals(focused.getCssValue("outline-style")) || pixels(focused.getCssValue("outline-width")) < 2) {
                withoutRing.add(focused.getTagName() + " \"" + focused.getText() + "\": outline "
                        + focused.getCssValue("outline-style") + " " + focused.getCssValue("outline-width"));
            }
        }
        assertThat(stops).as("tab stops on the login page").isGreaterThan(8);
        assertThat(withoutRing).as("tab stops without a visible focus ring").isEmpty();
    }

    @Test
    void onA360PixelPhoneOnlyDataTablesScrollSideways() {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of("/", "/posts/" + post.slug(), "/login", "/register")) {
            open(path);
            tooWide.addAll(scrollsSideways(path));
        }
        logIn(ADMIN_EMAIL, TestAccounts.PASSWORD);
        for (String path : List.of("/posts/" + post.slug() + "?replyTo=" + question, "/posts/new", "/me/posts", "/account",
                "/admin", "/admin/posts", "/admin/users", "/admin/comments", "/admin/categories", "/admin/media")) {
            open(path);
            tooWide.addAll(scrollsSideways(path));
        }
        assertThat(tooWide).as("pages wider than the phone").isEmpty();

        open("/admin/users");
        WebElement table = find(By.cssSelector(".table-scroll"));
        assertThat(script("return arguments[0].scrollWidth > arguments[0].clientWidth", table))
                .as("the users table keeps its columns and scrolls in its own box").isEqualTo(true);
    }

    private List<String> audit(String path, Scheme scheme) {
        open(path);
        assertThat(script("return matchMedia('(prefers-color-scheme: " + scheme.media + ")').matches"))
                .as("Chromium emulates the " + scheme.media + " scheme on " + path).isEqualTo(true);
        assertThat(script("return getComputedStyle(document.documentElement).backgroundColor"))
                .as("page background on " + path).isEqualTo(scheme.background);
        Results results = new AxeBuilder().analyze(driver());
        assertThat(results.isErrored()).as("axe-core ran on " + path + ": " + results.getErrorMessage()).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                found.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " " + rule.getHelpUrl()
                        + "\n    at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(joining(", ")));
            }
        }
        return found;
    }

    private List<String> scrollsSideways(String path) {
        Object widths = script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        List<?> both = (List<?>) widths;
        long content = ((Number) both.get(0)).longValue();
        long viewport = ((Number) both.get(1)).longValue();
        return content > viewport ? List.of(path + ": " + content + " px of content in " + viewport + " px") : List.of();
    }

    private void emulate(Scheme scheme) {
        driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.media))));
    }

    /** Presses Tab and answers the element that has the focus then. */
    private WebElement tab() {
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        return driver().switchTo().activeElement();
    }

    private static double pixels(String cssLength) {
        return Double.parseDouble(cssLength.replace("px", ""));
    }

    private Object script(String script, Object... arguments) {
        return driver().executeScript(script, arguments);
    }
}
