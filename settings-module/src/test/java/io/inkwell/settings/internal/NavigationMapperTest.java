package io.inkwell.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.settings.LinkKind;
import io.inkwell.settings.LinkTarget;
import io.inkwell.settings.Menu;
import io.inkwell.settings.SettingsTestApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = SettingsTestApplication.class)
@Transactional
class NavigationMapperTest {

    @Autowired
    NavigationMapper navigation;

    @Autowired
    JdbcTemplate jdbc;

    final NavigationItemRow home = item(Menu.HEADER, 0, "Home", LinkTarget.home());
    final NavigationItemRow java = item(Menu.HEADER, 1, "Java", LinkTarget.to(LinkKind.CATEGORY, UUID.randomUUID()));
    final NavigationItemRow about = item(Menu.HEADER, 2, "About", LinkTarget.address("/about"));
    final NavigationItemRow feed = item(Menu.FOOTER, 0, "Feed", LinkTarget.address("https://blog.example/feed.xml"));

    @BeforeEach
    void noItems() {
        jdbc.update("delete from navigation_items");
    }

    private static NavigationItemRow item(Menu menu, int position, String label, LinkTarget target) {
        return NavigationItemRow.of(TimeOrderedIds.next(), menu, position, label, target);
    }

    @Test
    void itemsAreWrittenTogetherAndReadBackInMenuOrder() {
        navigation.insertAll(List.of(feed, about, home));
        navigation.insert(java);

        assertThat(navigation.selectByMenu(Menu.HEADER)).containsExactly(home, java, about);
        assertThat(navigation.selectByMenu(Menu.FOOTER)).containsExactly(feed);
        assertThat(navigation.selectAll()).containsExactlyInAnyOrder(home, java, about, feed);
        assertThat(navigation.selectAll().stream().filter(row -> row.menu() == Menu.HEADER))
                .containsExactly(home, java, about);
        assertThat(navigation.selectById(java.id())).contains(java);
        assertThat(navigation.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void twoItemsSwapTheirPositionsInOneStatement() {
        navigation.insertAll(List.of(home, java, about));

        assertThat(navigation.swapPositions(java.id(), about.id())).isEqualTo(2);

        assertThat(navigation.selectByMenu(Menu.HEADER)).extracting(NavigationItemRow::label)
                .containsExactly("Home", "About", "Java");
    }

    @Test
    void anItemIsDeletedById() {
        navigation.insertAll(List.of(home, java));

        assertThat(navigation.deleteById(home.id())).isEqualTo(1);
        assertThat(navigation.deleteById(home.id())).isZero();

        assertThat(navigation.selectByMenu(Menu.HEADER)).containsExactly(java);
    }
}
