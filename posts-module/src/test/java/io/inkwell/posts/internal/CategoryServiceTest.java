package io.inkwell.posts.internal;

import static io.inkwell.posts.PostLimits.CATEGORY_DESCRIPTION_MAX;
import static io.inkwell.posts.PostLimits.CATEGORY_NAME_MAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryNotFoundException;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.DuplicateCategoryException;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class CategoryServiceTest {

    @Autowired
    Categories categories;

    @Autowired
    JdbcTemplate jdbc;

    final Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);

    @BeforeEach
    void clean() {
        jdbc.update("delete from categories");
    }

    @Test
    void createMakesTheSlugFromTheName() {
        CategoryView created = categories.create(admin, "  Café Culture ", " Coffee ");

        assertThat(created.slug()).isEqualTo("cafe-culture");
        assertThat(created.name()).isEqualTo("Café Culture");
        assertThat(created.description()).isEqualTo("Coffee");
        assertThat(categories.bySlug("cafe-culture")).contains(created);
        assertThat(categories.byId(created.id())).contains(created);
    }

    @Test
    void categoriesAreReadByIdsInOneBatchAndMissingIdsAreLeftOut() {
        CategoryView java = categories.create(admin, "Java", null);
        CategoryView go = categories.create(admin, "Go", null);

        assertThat(categories.byIds(List.of(java.id(), go.id(), UUID.randomUUID()))).containsExactlyInAnyOrder(java, go);
        assertThat(categories.byIds(List.of())).isEmpty();
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        categories.create(admin, "Java", null);

        assertThatThrownBy(() -> categories.create(admin, "JAVA", null)).isInstanceOf(DuplicateCategoryException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void differentNamesWithTheSameSlugGetANumber() {
        categories.create(admin, "C++", null);

        assertThat(categories.create(admin, "C#", null).slug()).isEqualTo("c-2");
    }

    @Test
    void renameMovesTheSlugAndRefusesATakenName() {
        CategoryView java = categories.create(admin, "Java", null);
        categories.create(admin, "Go", null);

        CategoryView renamed = categories.update(admin, java.id(), "Kotlin", "JVM");
        assertThat(renamed.slug()).isEqualTo("kotlin");
        assertThat(renamed.description()).isEqualTo("JVM");
        assertThat(categories.update(admin, java.id(), "Kotlin", null).description()).isNull();
        assertThat(categories.update(admin, java.id(), "KOTLIN", null).slug()).isEqualTo("kotlin");
        assertThatThrownBy(() -> categories.update(admin, java.id(), "go", null)).isInstanceOf(DuplicateCategoryException.class);
        assertThat(categories.all()).extracting(CategoryView::name).containsExactly("Go", "KOTLIN");
    }

    @Test
    void deleteRemovesAndAnUnknownIdIsNotFound() {
        CategoryView java = categories.create(admin, "Java", null);

        categories.delete(admin, java.id());

        assertThat(categories.all()).isEmpty();
        assertThatThrownBy(() -> categories.delete(admin, java.id())).isInstanceOf(CategoryNotFoundException.class);
        assertThatThrownBy(() -> categories.update(admin, UUID.randomUUID(), "X", null)).isInstanceOf(CategoryNotFoundException.class);
        assertThatThrownBy(() -> categories.create(admin, " ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAndDescriptionsOverTheirLimitsAreRefusedBeforeTheDatabaseSeesThem() {
        CategoryView longest = categories.create(admin, "n".repeat(CATEGORY_NAME_MAX), "d".repeat(CATEGORY_DESCRIPTION_MAX));

        assertThatThrownBy(() -> categories.create(admin, "m".repeat(CATEGORY_NAME_MAX + 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(CATEGORY_NAME_MAX));
        assertThatThrownBy(() -> categories.update(admin, longest.id(), "Short", "d".repeat(CATEGORY_DESCRIPTION_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(CATEGORY_DESCRIPTION_MAX));
        assertThat(categories.all()).extracting(CategoryView::name).containsExactly(longest.name());
    }
}
