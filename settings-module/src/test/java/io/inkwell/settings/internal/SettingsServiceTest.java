package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.inkwell.settings.ChangeCommentPolicy;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.CommentPolicy;
import io.inkwell.settings.InvalidSettingsException;
import io.inkwell.settings.Settings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SettingsTestApplication;
import io.inkwell.settings.SiteImage;
import io.inkwell.settings.SiteLanguage;
import io.inkwell.settings.StaleSettingsException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = SettingsTestApplication.class)
@Transactional
class SettingsServiceTest {

    enum Who { GUEST, AUTHOR, SUSPENDED_ADMIN }

    static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    SettingsAdministration settings;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aNewSite() {
        jdbc.update("delete from site_settings");
        jdbc.update("delete from navigation_items");
    }

    static Actor actorOf(Who who) {
        return switch (who) {
            case GUEST -> new Actor(UUID.randomUUID(), Role.GUEST);
            case AUTHOR -> new Actor(UUID.randomUUID(), Role.USER);
            case SUSPENDED_ADMIN -> new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED);
        };
    }

    static ChangeSettings change(String title, int version) {
        return new ChangeSettings(title, "Notes on engines", "de", "Europe/Berlin", 20, false, "https://img.example/logo.png",
                "/icon.png", "© Ada", true, version);
    }

    @Test
    void aNewSiteIsTitledInkwellWithTheDefaults() {
        Settings fresh = settings.stored();

        assertThat(fresh).isEqualTo(Settings.defaults());
        assertThat(fresh.title()).isEqualTo("Inkwell");
        assertThat(fresh.language()).isEqualTo(SiteLanguage.ENGLISH);
        assertThat(fresh.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(fresh.postsPerPage()).isEqualTo(10);
        assertThat(fresh.registrationOpen()).isTrue();
        assertThat(fresh.version()).isZero();
    }

    @Test
    void anAdminSavesEveryFieldAndTheVersionMovesOn() {
        Settings saved = settings.save(ADMIN, change("Ada's notes", 0));

        assertThat(saved).isEqualTo(new Settings("Ada's notes", "Notes on engines", SiteLanguage.GERMAN, ZoneId.of("Europe/Berlin"),
                20, false, "https://img.example/logo.png", "/icon.png", "© Ada", true, 1, CommentPolicy.defaults()));
        assertThat(settings.stored()).isEqualTo(saved);
        assertThat(settings.save(ADMIN, change("Ada's other notes", 1)).version()).isEqualTo(2);
    }

    @Test
    void theFirstSaveStoresTheDefaultMenusWithTheRow() {
        settings.save(ADMIN, change("Ada's notes", 0));

        assertThat(jdbc.queryForList("select label from navigation_items order by menu desc, position", String.class))
                .containsExactly("Home", "Categories", "Trending", "Atom feed");
    }

    @Test
    void aSaveOnAnOlderVersionIsStaleAndStoresNothing() {
        settings.save(ADMIN, change("First admin's title", 0));

        assertThatThrownBy(() -> settings.save(ADMIN, change("Second admin's title", 0))).isInstanceOf(StaleSettingsException.class);

        assertThat(settings.stored().title()).isEqualTo("First admin's title");
        assertThat(settings.stored().version()).isEqualTo(1);
    }

    @Test
    void aSaveOfAVersionAheadOfANewSiteIsStale() {
        assertThatThrownBy(() -> settings.save(ADMIN, change("Title", 4))).isInstanceOf(StaleSettingsException.class);
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndNothingIsStored() {
        ChangeSettings bad = new ChangeSettings("", null, "en", "Nowhere/Special", 4, true, "javascript:alert(1)", null, null, false, 0);

        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> settings.save(ADMIN, bad));

        assertThat(refused.problems()).containsOnlyKeys("title", "timeZone", "postsPerPage", "logoUrl");
        assertThat(jdbc.queryForObject("select count(*) from site_settings", Integer.class)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyAnActiveAdminChangesTheSettings(Who who) {
        Actor actor = actorOf(who);

        assertThatThrownBy(() -> settings.save(actor, change("Taken over", 0))).isInstanceOf(NotAllowedException.class);

        assertThat(settings.stored()).isEqualTo(Settings.defaults());
    }

    @Test
    void storedValuesTheSiteNoLongerKnowsReadAsTheDefaults() {
        jdbc.update("""
                insert into site_settings (title, language, time_zone, posts_per_page, registration_open)
                values ('Old', 'xx', 'Atlantis/Capital', 12, true)""");

        Settings stored = settings.stored();

        assertThat(stored.title()).isEqualTo("Old");
        assertThat(stored.language()).isEqualTo(SiteLanguage.ENGLISH);
        assertThat(stored.timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void anAdminSavesTheCommentPolicyAsAChangeOfTheSameVersionedRow() {
        settings.save(ADMIN, change("Ada's notes", 0));

        Settings saved = settings.saveCommentPolicy(ADMIN,
                new ChangeCommentPolicy("FIRST_TIME", true, " Casino \n\ncheap pills\ncasino", 1, 5, 1));

        assertThat(saved.comments()).isEqualTo(new CommentPolicy(CommentApproval.FIRST_TIME, true,
                List.of("casino", "cheap pills"), 1, 5));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.title()).isEqualTo("Ada's notes");
        assertThat(settings.stored()).isEqualTo(saved);
    }

    @Test
    void theCommentPolicyOfANewSiteIsStoredWithTheDefaultsAroundIt() {
        Settings saved = settings.saveCommentPolicy(ADMIN, new ChangeCommentPolicy("CLOSED", false, "", 2, 3, 0));

        assertThat(saved.comments().approval()).isEqualTo(CommentApproval.CLOSED);
        assertThat(saved.comments().blockedWords()).isEmpty();
        assertThat(saved.title()).isEqualTo("Inkwell");
        assertThat(jdbc.queryForObject("select blocked_words from site_settings", String.class)).isNull();
    }

    @Test
    void aCommentPolicyOnAnOlderVersionIsStale() {
        settings.save(ADMIN, change("Ada's notes", 0));

        assertThatThrownBy(() -> settings.saveCommentPolicy(ADMIN, new ChangeCommentPolicy("ALWAYS", false, null, 2, 3, 0)))
                .isInstanceOf(StaleSettingsException.class);

        assertThat(settings.stored().comments()).isEqualTo(CommentPolicy.defaults());
    }

    @Test
    void aBadCommentPolicyIsRefusedFieldByFieldAndNothingIsStored() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> settings.saveCommentPolicy(
                ADMIN, new ChangeCommentPolicy("SOMETIMES", null, "w".repeat(5001), 51, 0, 0)));

        assertThat(refused.problems()).containsOnlyKeys("approval", "guestComments", "blockedWords", "maxLinks", "reportThreshold");
    }

    @Test
    void anUploadedLogoChangesOnlyTheLogoAndMakesAnOpenFormStale() {
        settings.save(ADMIN, change("Ada's notes", 0));

        Settings after = settings.changeImage(ADMIN, SiteImage.LOGO, "https://blog.example/media/abc/480/logo.png");

        assertThat(after.logoUrl()).isEqualTo("https://blog.example/media/abc/480/logo.png");
        assertThat(after.iconUrl()).isEqualTo("/icon.png");
        assertThat(after.title()).isEqualTo("Ada's notes");
        assertThatThrownBy(() -> settings.save(ADMIN, change("Form opened before the upload", 1)))
                .isInstanceOf(StaleSettingsException.class);
        assertThat(settings.stored().logoUrl()).isEqualTo("https://blog.example/media/abc/480/logo.png");
    }

    @Test
    void anIconOnANewSiteStoresTheDefaultsWithIt() {
        Settings after = settings.changeImage(ADMIN, SiteImage.ICON, "/media/abc/original/icon.png");

        assertThat(after.iconUrl()).isEqualTo("/media/abc/original/icon.png");
        assertThat(after.title()).isEqualTo("Inkwell");
    }

    @Test
    void anImageAddressTheFormWouldRefuseIsRefusedAndNothingChanges() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> settings.changeImage(ADMIN, SiteImage.ICON, "javascript:alert(1)"));

        assertThat(refused.problems()).containsOnlyKeys("iconUrl");
        assertThatThrownBy(() -> settings.changeImage(ADMIN, SiteImage.LOGO, " ")).isInstanceOf(InvalidSettingsException.class);
        assertThat(jdbc.queryForObject("select count(*) from site_settings", Integer.class)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyAnActiveAdminChangesTheCommentPolicy(Who who) {
        Actor actor = actorOf(who);

        assertThatThrownBy(() -> settings.saveCommentPolicy(actor, new ChangeCommentPolicy("CLOSED", false, null, 2, 3, 0)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(settings.stored().comments()).isEqualTo(CommentPolicy.defaults());
    }

    @Test
    void aRowWrittenBeforeThePolicyExistedHasTheDefaultPolicy() {
        jdbc.update("""
                insert into site_settings (title, language, time_zone, posts_per_page, registration_open)
                values ('Old', 'en', 'UTC', 10, true)""");

        assertThat(settings.stored().comments()).isEqualTo(CommentPolicy.defaults());
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyAnActiveAdminChangesTheImages(Who who) {
        Actor actor = actorOf(who);

        assertThatThrownBy(() -> settings.changeImage(actor, SiteImage.LOGO, "/logo.png")).isInstanceOf(NotAllowedException.class);

        assertThat(settings.stored()).isEqualTo(Settings.defaults());
    }
}
