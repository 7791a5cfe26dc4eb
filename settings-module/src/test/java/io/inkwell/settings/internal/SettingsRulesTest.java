package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.inkwell.settings.ChangeCommentPolicy;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.InvalidSettingsException;
import org.junit.jupiter.api.Test;

class SettingsRulesTest {

    private static ChangeSettings change(String title, String zone, Integer postsPerPage, String logoUrl) {
        return new ChangeSettings(title, "  A tagline ", "de", zone, postsPerPage, false, logoUrl, null, "", true, 3);
    }

    @Test
    void goodSettingsAreCleanedForStoring() {
        SettingsRow row = SettingsRules.validated(change("  Ada's notes\u0000 ", "Europe/Berlin", 20, " /logo.png "));

        assertThat(row).isEqualTo(new SettingsRow("Ada's notes", "A tagline", "de", "Europe/Berlin", 20, false, "/logo.png",
                null, null, true, 3));
    }

    @Test
    void aTimeZoneIsStoredByItsOwnId() {
        assertThat(SettingsRules.validated(change("T", "GMT+2", 20, null)).timeZone()).isEqualTo("GMT+02:00");
        assertThat(SettingsRules.validated(change("T", "+05:30", 20, null)).timeZone()).isEqualTo("+05:30");
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> SettingsRules.validated(
                new ChangeSettings(" ", "t".repeat(201), "fr", "Mars/Olympus", 51, null, "javascript:alert(1)", "//evil.example",
                        "f".repeat(1001), false, 0)));

        assertThat(refused.problems()).containsOnlyKeys("title", "tagline", "language", "timeZone", "postsPerPage",
                "registrationOpen", "logoUrl", "iconUrl", "footerText");
        assertThat(refused.problems().get("timeZone")).contains("Mars/Olympus", "not a time zone");
        assertThat(refused.problems().get("postsPerPage")).isEqualTo("Choose from 5 to 50 posts per page.");
        assertThat(refused.problems().get("logoUrl")).startsWith("Use an address starting with https://");
    }

    @Test
    void aMissingPageSizeOrTimeZoneIsRefused() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.validated(change("T", "", null, null)));

        assertThat(refused.problems()).containsOnlyKeys("timeZone", "postsPerPage");
    }

    @Test
    void blockedWordsAreStoredOnePerLineInLowerCaseWithoutRepeats() {
        CommentPolicyRow row = SettingsRules.validated(new ChangeCommentPolicy("OPEN", false, "  Viagra\n\nCheap  Pills \nviagra", 2, 3, 0));

        assertThat(row).isEqualTo(new CommentPolicyRow(CommentApproval.OPEN, false, "viagra\ncheap  pills", 2, 3));
        assertThat(row.toPolicy().blockedWords()).containsExactly("viagra", "cheap  pills");
    }

    @Test
    void theEndsOfTheRangesAreTaken() {
        assertThat(SettingsRules.validated(new ChangeCommentPolicy("CLOSED", true, null, 0, 1, 0)).maxLinksPerComment()).isZero();
        assertThat(SettingsRules.validated(new ChangeCommentPolicy("CLOSED", true, null, 50, 100, 0)).reportThreshold()).isEqualTo(100);
    }

    @Test
    void aMissingChoiceOrNumberIsRefused() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.validated(new ChangeCommentPolicy(null, null, null, null, null, 0)));

        assertThat(refused.problems()).containsOnlyKeys("approval", "guestComments", "maxLinks", "reportThreshold");
        assertThat(refused.problems().get("maxLinks")).isEqualTo("Choose from 0 to 50 links.");
    }
}
