package io.inkwell.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void outOfRangeNumbersAreClamped() {
        assertThat(new PageRequest(-5, 0)).isEqualTo(new PageRequest(1, 1));
        assertThat(new PageRequest(1_000_000, 5_000)).isEqualTo(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE));
    }

    @Test
    void missingValuesTakeDefaults() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.first(7)).isEqualTo(new PageRequest(1, 7));
    }

    @Test
    void offsetSkipsEarlierPages() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
    }

    @Test
    void countedPageKnowsItsTotalPages() {
        Page<String> page = new Page<>(List.of("a", "b"), 2, 2, 5, true);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.isCounted()).isTrue();
        assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
    }

    @Test
    void uncountedPageOnlyKnowsWhetherMoreFollow() {
        Page<String> page = new Page<>(List.of("a"), 1, 1, Page.UNCOUNTED, true);
        assertThat(page.isCounted()).isFalse();
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.hasPrevious()).isFalse();
        assertThat(new Page<>(List.of("a"), 4, 1, Page.UNCOUNTED, false).totalPages()).isEqualTo(4);
    }

    @Test
    void emptyPageSaysSo() {
        Page<Object> page = Page.empty(PageRequest.first(10));
        assertThat(page.isEmpty()).isTrue();
        assertThat(page.totalPages()).isEqualTo(1);
    }
}
