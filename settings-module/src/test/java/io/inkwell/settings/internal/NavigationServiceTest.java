package io.inkwell.settings.internal;

import static io.inkwell.settings.SettingsLimits.MENU_ITEMS_MAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.inkwell.settings.InvalidNavigationItemException;
import io.inkwell.settings.LinkKind;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.Navigation;
import io.inkwell.settings.NavigationItem;
import io.inkwell.settings.NavigationItemNotFoundException;
import io.inkwell.settings.SettingsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
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
class NavigationServiceTest {

    enum Who { GUEST, AUTHOR, SUSPENDED_ADMIN }

    static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    Navigation navigation;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aNewSite() {
        jdbc.update("delete from site_settings");
        jdbc.update("delete from navigation_items");
    }

    private List<NavigationItem> items(Menu menu) {
        return navigation.stored().menu(menu);
    }

    private List<String> labels(Menu menu) {
        return items(menu).stream().map(NavigationItem::label).toList();
    }

    private UUID idOf(Menu menu, String label) {
        return items(menu).stream().filter(item -> item.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void aNewSiteHasTheMenusOfBefore() {
        assertThat(items(Menu.HEADER)).extracting(NavigationItem::label, NavigationItem::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Home", LinkTarget.home()),
                org.assertj.core.groups.Tuple.tuple("Categories", LinkTarget.address("/categories")),
                org.assertj.core.groups.Tuple.tuple("Trending", LinkTarget.address("/trending")));
        assertThat(items(Menu.FOOTER)).extracting(NavigationItem::label, NavigationItem::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Atom feed", LinkTarget.address("/feed.xml")));
    }

    @Test
    void anAddedItemComesLastInItsMenu() {
        UUID java = UUID.randomUUID();

        NavigationItem added = navigation.add(ADMIN, Menu.HEADER, "  Java ", LinkTarget.to(LinkKind.CATEGORY, java));
        navigation.add(ADMIN, Menu.FOOTER, "Source", LinkTarget.address(" https://git.example/inkwell "));

        assertThat(added.label()).isEqualTo("Java");
        assertThat(items(Menu.HEADER)).last().isEqualTo(added);
        assertThat(labels(Menu.HEADER)).containsExactly("Home", "Categories", "Trending", "Java");
        assertThat(items(Menu.FOOTER)).extracting(NavigationItem::target)
                .containsExactly(LinkTarget.address("/feed.xml"), LinkTarget.address("https://git.example/inkwell"));
    }

    @Test
    void itemsMoveUpAndDownWithinTheirMenu() {
        navigation.moveUp(ADMIN, idOf(Menu.HEADER, "Trending"));
        assertThat(labels(Menu.HEADER)).containsExactly("Home", "Trending", "Categories");

        navigation.moveDown(ADMIN, idOf(Menu.HEADER, "Home"));
        assertThat(labels(Menu.HEADER)).containsExactly("Trending", "Home", "Categories");
    }

    @Test
    void theFirstItemMovedUpAndTheLastMovedDownStay() {
        navigation.moveUp(ADMIN, idOf(Menu.HEADER, "Home"));
        navigation.moveDown(ADMIN, idOf(Menu.HEADER, "Trending"));
        navigation.moveDown(ADMIN, idOf(Menu.FOOTER, "Atom feed"));

        assertThat(labels(Menu.HEADER)).containsExactly("Home", "Categories", "Trending");
        assertThat(labels(Menu.FOOTER)).containsExactly("Atom feed");
    }

    @Test
    void aRemovedItemLeavesItsMenuAndTheOthersKeepTheirOrder() {
        navigation.remove(ADMIN, idOf(Menu.HEADER, "Categories"));
        navigation.add(ADMIN, Menu.HEADER, "About", LinkTarget.address("/about"));

        assertThat(labels(Menu.HEADER)).containsExactly("Home", "Trending", "About");
        assertThat(labels(Menu.FOOTER)).containsExactly("Atom feed");
    }

    @Test
    void anEmptiedMenuStaysEmpty() {
        navigation.remove(ADMIN, idOf(Menu.FOOTER, "Atom feed"));

        assertThat(items(Menu.FOOTER)).isEmpty();
    }

    @Test
    void anItemThatIsGoneIsNotFound() {
        UUID gone = UUID.randomUUID();

        assertThatThrownBy(() -> navigation.moveUp(ADMIN, gone)).isInstanceOf(NavigationItemNotFoundException.class);
        assertThatThrownBy(() -> navigation.remove(ADMIN, gone)).isInstanceOf(NavigationItemNotFoundException.class);
    }

    @Test
    void badItemsAreRefusedFieldByFieldAndNothingIsStored() {
        InvalidNavigationItemException refused = catchThrowableOfType(InvalidNavigationItemException.class,
                () -> navigation.add(ADMIN, Menu.HEADER, " ", LinkTarget.address("javascript:alert(1)")));
        InvalidNavigationItemException noAddress = catchThrowableOfType(InvalidNavigationItemException.class,
                () -> navigation.add(ADMIN, Menu.HEADER, "x".repeat(61), new LinkTarget(LinkKind.URL, null, null)));
        InvalidNavigationItemException noId = catchThrowableOfType(InvalidNavigationItemException.class,
                () -> navigation.add(ADMIN, Menu.HEADER, "Java", new LinkTarget(LinkKind.CATEGORY, null, null)));

        assertThat(refused.problems()).containsOnlyKeys("label", "url");
        assertThat(noAddress.problems()).containsOnlyKeys("label", "url");
        assertThat(noId.problems()).containsOnlyKeys("target");
        assertThat(jdbc.queryForObject("select count(*) from navigation_items", Integer.class)).isZero();
    }

    @Test
    void aMenuHoldsABoundedNumberOfItems() {
        for (int i = 3; i < MENU_ITEMS_MAX; i++) {
            navigation.add(ADMIN, Menu.HEADER, "Item " + i, LinkTarget.home());
        }

        InvalidNavigationItemException full = catchThrowableOfType(InvalidNavigationItemException.class,
                () -> navigation.add(ADMIN, Menu.HEADER, "One more", LinkTarget.home()));

        assertThat(full.problems()).containsOnlyKeys("menu");
        assertThat(items(Menu.HEADER)).hasSize(MENU_ITEMS_MAX);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyAnActiveAdminChangesTheMenus(Who who) {
        Actor actor = switch (who) {
            case GUEST -> new Actor(UUID.randomUUID(), Role.GUEST);
            case AUTHOR -> new Actor(UUID.randomUUID(), Role.USER);
            case SUSPENDED_ADMIN -> new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED);
        };
        UUID home = idOf(Menu.HEADER, "Home");

        assertThatThrownBy(() -> navigation.add(actor, Menu.HEADER, "Mine", LinkTarget.home())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> navigation.moveDown(actor, home)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> navigation.moveUp(actor, home)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> navigation.remove(actor, home)).isInstanceOf(NotAllowedException.class);

        assertThat(labels(Menu.HEADER)).containsExactly("Home", "Categories", "Trending");
        assertThat(jdbc.queryForObject("select count(*) from navigation_items", Integer.class)).isZero();
    }
}
