package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.Categories;
import io.inkwell.posts.CategoryView;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Categories are managed by admins only; the service asks the actor, not the route. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class CategoryAccessRulesTest {

    enum Who { GUEST, AUTHOR, SUSPENDED_ADMIN }

    @Autowired
    Categories categories;

    @Autowired
    JdbcTemplate jdbc;

    final Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);
    CategoryView java;

    @BeforeEach
    void givenACategory() {
        jdbc.update("delete from categories");
        java = categories.create(admin, "Java", "The JVM");
    }

    private static Actor actor(Who who) {
        return switch (who) {
            case GUEST -> new Actor(UUID.randomUUID(), Role.GUEST);
            case AUTHOR -> new Actor(UUID.randomUUID(), Role.USER);
            case SUSPENDED_ADMIN -> new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED);
        };
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void onlyAnActiveAdminCreatesRenamesOrDeletesACategory(Who who) {
        Actor actor = actor(who);

        assertThatThrownBy(() -> categories.create(actor, "Go", null)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> categories.update(actor, java.id(), "Kotlin", null)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> categories.delete(actor, java.id())).isInstanceOf(NotAllowedException.class);

        assertThat(categories.all()).containsExactly(java);
    }

    @Test
    void anAdminCreatesRenamesAndDeletesACategory() {
        CategoryView go = categories.create(admin, "Go", null);
        categories.update(admin, java.id(), "Kotlin", null);
        categories.delete(admin, go.id());

        assertThat(categories.all()).extracting(CategoryView::name).containsExactly("Kotlin");
    }
}
