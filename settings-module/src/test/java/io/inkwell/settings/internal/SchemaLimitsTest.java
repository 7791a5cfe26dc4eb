package io.inkwell.settings.internal;

import static io.inkwell.settings.SettingsLimits.BLOCKED_WORDS_MAX;
import static io.inkwell.settings.SettingsLimits.FOOTER_TEXT_MAX;
import static io.inkwell.settings.SettingsLimits.MAX_LINKS_MAX;
import static io.inkwell.settings.SettingsLimits.MAX_LINKS_MIN;
import static io.inkwell.settings.SettingsLimits.REPORT_THRESHOLD_MAX;
import static io.inkwell.settings.SettingsLimits.REPORT_THRESHOLD_MIN;
import static io.inkwell.settings.SettingsLimits.MENU_LABEL_MAX;
import static io.inkwell.settings.SettingsLimits.POSTS_PER_PAGE_MAX;
import static io.inkwell.settings.SettingsLimits.POSTS_PER_PAGE_MIN;
import static io.inkwell.settings.SettingsLimits.TAGLINE_MAX;
import static io.inkwell.settings.SettingsLimits.TIME_ZONE_MAX;
import static io.inkwell.settings.SettingsLimits.TITLE_MAX;
import static io.inkwell.settings.SettingsLimits.URL_MAX;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.settings.SettingsTestApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schema's CHECK constraints hold the numbers of {@link io.inkwell.settings.SettingsLimits} and the rule
 * of addresses: what the limit allows is stored, one character more (or a foreign kind of address) is refused
 * by the database itself.
 */
@SpringBootTest(classes = SettingsTestApplication.class)
@Transactional
class SchemaLimitsTest {

    @Autowired
    JdbcTemplate jdbc;

    record Limit(String constraint, int max, String column, String prefix) {
        @Override
        public String toString() {
            return constraint;
        }

        String text(int length) {
            return prefix + "x".repeat(length - prefix.length());
        }
    }

    static Stream<Limit> limits() {
        return Stream.of(
                new Limit("site_settings_title_length_ck", TITLE_MAX, "title", ""),
                new Limit("site_settings_tagline_length_ck", TAGLINE_MAX, "tagline", ""),
                new Limit("site_settings_time_zone_ck", TIME_ZONE_MAX, "time_zone", ""),
                new Limit("site_settings_logo_url_ck", URL_MAX, "logo_url", "https://img.example/"),
                new Limit("site_settings_icon_url_ck", URL_MAX, "icon_url", "/"),
                new Limit("site_settings_footer_length_ck", FOOTER_TEXT_MAX, "footer_text", ""),
                new Limit("site_settings_blocked_words_length_ck", BLOCKED_WORDS_MAX, "blocked_words", ""),
                new Limit("navigation_items_label_length_ck", MENU_LABEL_MAX, "label", ""),
                new Limit("navigation_items_url_shape_ck", URL_MAX, "target_url", "https://example.org/"));
    }

    @BeforeEach
    void aStoredSite() {
        jdbc.update("delete from site_settings");
        jdbc.update("delete from navigation_items");
        jdbc.update("insert into site_settings (title, language, time_zone, posts_per_page, registration_open) values ('T', 'en', 'UTC', 10, true)");
    }

    private void write(Limit limit, String text) {
        if (limit.column().equals("label") || limit.column().equals("target_url")) {
            jdbc.update("delete from navigation_items");
            jdbc.update("insert into navigation_items (menu, position, label, target_kind, target_url) values ('header', 0, ?, 'url', ?)",
                    limit.column().equals("label") ? text : "Label", limit.column().equals("label") ? "/" : text);
        } else {
            jdbc.update("update site_settings set " + limit.column() + " = ?", text);
        }
    }

    @ParameterizedTest(name = "{0} takes the limit and refuses one character more")
    @MethodSource("limits")
    void theDatabaseTakesTheLimitAndRefusesOneCharacterMore(Limit limit) {
        write(limit, limit.text(limit.max()));

        assertThatThrownBy(() -> write(limit, limit.text(limit.max() + 1)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(limit.constraint());
    }

    @ParameterizedTest
    @ValueSource(ints = {POSTS_PER_PAGE_MIN, POSTS_PER_PAGE_MAX})
    void postsPerPageAtTheEndsOfTheRangeAreStored(int postsPerPage) {
        assertThatCode(() -> jdbc.update("update site_settings set posts_per_page = ?", postsPerPage)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {POSTS_PER_PAGE_MIN - 1, POSTS_PER_PAGE_MAX + 1})
    void postsPerPageOutsideTheRangeAreRefused(int postsPerPage) {
        assertThatThrownBy(() -> jdbc.update("update site_settings set posts_per_page = ?", postsPerPage))
                .hasMessageContaining("site_settings_posts_per_page_ck");
    }

    static final String[] FOREIGN_ADDRESSES = {"javascript:alert(1)", "//evil.example/x", "/\\evil.example",
        "data:image/png;base64,xx", "https:///path", "/a b", "logo.png"};

    static String[] foreignAddresses() {
        return FOREIGN_ADDRESSES;
    }

    @ParameterizedTest
    @MethodSource("foreignAddresses")
    void settingsRefuseAddressesOtherThanWebOrSitePaths(String address) {
        assertThatThrownBy(() -> jdbc.update("update site_settings set logo_url = ?", address))
                .hasMessageContaining("site_settings_logo_url_ck");
    }

    @ParameterizedTest
    @MethodSource("foreignAddresses")
    void menuItemsRefuseAddressesOtherThanWebOrSitePaths(String address) {
        assertThatThrownBy(() -> jdbc.update(
                "insert into navigation_items (menu, position, label, target_kind, target_url) values ('footer', 0, 'x', 'url', ?)", address))
                .hasMessageContaining("navigation_items_url_shape_ck");
    }

    @Test
    void thereIsOneRowOfSettings() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into site_settings (id, title, language, time_zone, posts_per_page, registration_open) values (2, 'T', 'en', 'UTC', 10, true)"))
                .hasMessageContaining("site_settings_singleton_ck");
    }

    @Test
    void aReferenceHasAnId() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into navigation_items (menu, position, label, target_kind) values ('header', 0, 'x', 'category')"))
                .hasMessageContaining("navigation_items_target_id_ck");
    }

    @Test
    void anAddressHasAUrl() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into navigation_items (menu, position, label, target_kind) values ('header', 0, 'x', 'url')"))
                .hasMessageContaining("navigation_items_target_url_ck");
    }

    record Value(String column, String constraint, int value) {
        @Override
        public String toString() {
            return column + " = " + value;
        }

        void write(JdbcTemplate jdbc) {
            jdbc.update("update site_settings set " + column + " = ?", value);
        }
    }

    static Stream<Value> commentNumbersAtTheEnds() {
        return Stream.of(new Value("max_links_per_comment", "site_settings_max_links_ck", MAX_LINKS_MIN),
                new Value("max_links_per_comment", "site_settings_max_links_ck", MAX_LINKS_MAX),
                new Value("report_threshold", "site_settings_report_threshold_ck", REPORT_THRESHOLD_MIN),
                new Value("report_threshold", "site_settings_report_threshold_ck", REPORT_THRESHOLD_MAX));
    }

    static Stream<Value> commentNumbersOneBeyond() {
        return Stream.of(new Value("max_links_per_comment", "site_settings_max_links_ck", MAX_LINKS_MIN - 1),
                new Value("max_links_per_comment", "site_settings_max_links_ck", MAX_LINKS_MAX + 1),
                new Value("report_threshold", "site_settings_report_threshold_ck", REPORT_THRESHOLD_MIN - 1),
                new Value("report_threshold", "site_settings_report_threshold_ck", REPORT_THRESHOLD_MAX + 1));
    }

    @ParameterizedTest(name = "{0} is stored")
    @MethodSource("commentNumbersAtTheEnds")
    void theCommentPolicyNumbersTakeTheEndsOfTheirRanges(Value value) {
        assertThatCode(() -> value.write(jdbc)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("commentNumbersOneBeyond")
    void theCommentPolicyNumbersRefuseOnePastEitherEnd(Value value) {
        assertThatThrownBy(() -> value.write(jdbc)).hasMessageContaining(value.constraint());
    }

    @Test
    void theCommentApprovalIsOneOfFour() {
        assertThatThrownBy(() -> jdbc.update("update site_settings set comment_approval = 'sometimes'"))
                .hasMessageContaining("site_settings_comment_approval_ck");
    }
}
