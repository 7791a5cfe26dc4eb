package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SettingsTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = SettingsTestApplication.class)
@Transactional
class SettingsMapperTest {

    @Autowired
    SettingsMapper settings;

    @Autowired
    JdbcTemplate jdbc;

    final SettingsRow mine = new SettingsRow("Ada's notes", "On engines", "de", "Europe/Berlin", 20, false,
            "https://img.example/logo.png", "/icon.png", "© Ada", true, 0);

    @BeforeEach
    void aNewSite() {
        jdbc.update("delete from site_settings");
    }

    @Test
    void aNewSiteHasNoRow() {
        assertThat(settings.selectSettings()).isEmpty();
        assertThat(settings.lock()).isNull();
    }

    @Test
    void theDefaultsAreWrittenOnceWhateverTheNumberOfCalls() {
        assertThat(settings.insertIfMissing(SettingsRow.of(Settings.defaults()))).isEqualTo(1);
        assertThat(settings.insertIfMissing(mine)).isZero();

        SettingsRow stored = settings.selectSettings().orElseThrow();
        assertThat(stored).isEqualTo(SettingsRow.of(Settings.defaults()));
        assertThat(settings.lock()).isEqualTo(1);
    }

    @Test
    void anUpdateOfTheVersionReadWritesEveryFieldAndMovesTheVersionOn() {
        settings.insertIfMissing(SettingsRow.of(Settings.defaults()));

        assertThat(settings.update(mine, 0)).isEqualTo(1);

        SettingsRow stored = settings.selectSettings().orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(mine);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void anUpdateOfAnOlderVersionWritesNothing() {
        settings.insertIfMissing(SettingsRow.of(Settings.defaults()));
        settings.update(mine, 0);

        assertThat(settings.update(SettingsRow.of(Settings.defaults()), 0)).isZero();

        assertThat(settings.selectSettings().orElseThrow().title()).isEqualTo("Ada's notes");
    }

    @Test
    void theCommentPolicyIsWrittenOnTheVersionReadAndMovesTheVersionOn() {
        settings.insertIfMissing(SettingsRow.of(Settings.defaults()));
        CommentPolicyRow policy = new CommentPolicyRow(CommentApproval.ALWAYS, true, "casino\ncheap pills", 0, 7);

        assertThat(settings.updateCommentPolicy(policy, 0)).isEqualTo(1);
        assertThat(settings.updateCommentPolicy(policy, 0)).isZero();

        SettingsRow stored = settings.selectSettings().orElseThrow();
        assertThat(stored.commentPolicy()).isEqualTo(policy);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.title()).isEqualTo(Settings.DEFAULT_TITLE);
    }

    @Test
    void theSettingsFormsUpdateLeavesTheCommentPolicyAlone() {
        settings.insertIfMissing(SettingsRow.of(Settings.defaults()));
        CommentPolicyRow policy = new CommentPolicyRow(CommentApproval.CLOSED, false, null, 5, 9);
        settings.updateCommentPolicy(policy, 0);

        settings.update(mine, 1);

        assertThat(settings.selectSettings().orElseThrow().commentPolicy()).isEqualTo(policy);
    }

    @Test
    void aStoredRowStartsWithTheDefaultPolicy() {
        settings.insertIfMissing(SettingsRow.of(Settings.defaults()));

        assertThat(settings.selectSettings().orElseThrow().commentPolicy())
                .isEqualTo(new CommentPolicyRow(CommentApproval.OPEN, false, null, 2, 3));
    }

    @Test
    void theLogoAndTheIconChangeAloneAndMoveTheVersionOn() {
        settings.insertIfMissing(SettingsRow.of(Settings.defaults()));
        settings.update(mine, 0);

        assertThat(settings.updateLogoUrl("https://blog.example/media/logo.png")).isEqualTo(1);
        assertThat(settings.updateIconUrl("/icon.png")).isEqualTo(1);

        SettingsRow stored = settings.selectSettings().orElseThrow();
        assertThat(stored.logoUrl()).isEqualTo("https://blog.example/media/logo.png");
        assertThat(stored.iconUrl()).isEqualTo("/icon.png");
        assertThat(stored.title()).isEqualTo(mine.title());
        assertThat(stored.footerText()).isEqualTo(mine.footerText());
        assertThat(stored.version()).isEqualTo(3);
    }
}
