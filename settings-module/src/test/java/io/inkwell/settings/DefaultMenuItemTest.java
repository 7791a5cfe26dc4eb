package io.inkwell.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultMenuItemTest {

    @Test
    void aNewSitesItemAsItCameIsShownInTheSiteLanguage() {
        NavigationItem home = new NavigationItem(DefaultMenuItem.HOME.id(), Menu.HEADER, "Home", LinkTarget.home());

        assertThat(DefaultMenuItem.labelCodeOf(home)).contains("navigation.default.home");
    }

    @Test
    void aRenamedItemKeepsTheWordsItsAdminTyped() {
        NavigationItem renamed = new NavigationItem(DefaultMenuItem.HOME.id(), Menu.HEADER, "Start", LinkTarget.home());

        assertThat(DefaultMenuItem.labelCodeOf(renamed)).isEmpty();
    }

    @Test
    void anItemAnAdminAddedWithTheSameWordsIsTheirs() {
        NavigationItem added = new NavigationItem(UUID.randomUUID(), Menu.HEADER, "Trending", LinkTarget.address("/trending"));

        assertThat(DefaultMenuItem.labelCodeOf(added)).isEmpty();
    }

    @Test
    void theDefaultItemsKeepTheIdsTheyAlwaysHad() {
        assertThat(DefaultMenuItem.FEED.id()).isEqualTo(UUID.fromString("00000000-0000-7000-8000-000000000004"));
        assertThat(DefaultMenuItem.FEED.menu()).isEqualTo(Menu.FOOTER);
    }
}
