package io.inkwell.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The role table of {@link Actor}, row by row: which roles may, and that no inactive account may anything. */
class ActorTest {

    private static final UUID SOMEONE_ELSE = UUID.randomUUID();

    private static Set<Role> rolesThat(Predicate<Actor> right) {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (right.test(new Actor(UUID.randomUUID(), role))) {
                allowed.add(role);
            }
        }
        return allowed;
    }

    @Test
    void everyActiveAccountMayComment() {
        assertThat(rolesThat(Actor::mayComment)).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void contributorsAndEveryRoleAboveThemWriteDrafts() {
        assertThat(rolesThat(Actor::mayWritePosts)).isEqualTo(EnumSet.of(Role.CONTRIBUTOR, Role.USER, Role.EDITOR, Role.ADMIN));
        assertThat(rolesThat(actor -> actor.mayEditDraft(actor.userId())))
                .isEqualTo(EnumSet.of(Role.CONTRIBUTOR, Role.USER, Role.EDITOR, Role.ADMIN));
    }

    @Test
    void contributorsMayNotPublishEvenTheirOwnPosts() {
        assertThat(rolesThat(Actor::mayPublishPosts)).isEqualTo(EnumSet.of(Role.USER, Role.EDITOR, Role.ADMIN));
        assertThat(rolesThat(actor -> actor.mayChangePost(actor.userId()))).isEqualTo(EnumSet.of(Role.USER, Role.EDITOR, Role.ADMIN));
    }

    @Test
    void onlyEditorsAndAdminsTouchOtherPeoplesPosts() {
        Set<Role> editorial = EnumSet.of(Role.EDITOR, Role.ADMIN);
        assertThat(rolesThat(actor -> actor.mayChangePost(SOMEONE_ELSE))).isEqualTo(editorial);
        assertThat(rolesThat(actor -> actor.mayEditDraft(SOMEONE_ELSE))).isEqualTo(editorial);
        assertThat(rolesThat(Actor::mayEditAnyPost)).isEqualTo(editorial);
        assertThat(rolesThat(Actor::mayReviewPosts)).isEqualTo(editorial);
    }

    @Test
    void editorsManageTagsAndCategoriesAndModerateCommentsButNotUsersPagesOrSettings() {
        Set<Role> editorial = EnumSet.of(Role.EDITOR, Role.ADMIN);
        assertThat(rolesThat(Actor::mayManageTags)).isEqualTo(editorial);
        assertThat(rolesThat(Actor::mayManageCategories)).isEqualTo(editorial);
        assertThat(rolesThat(Actor::mayModerateComments)).isEqualTo(editorial);
        assertThat(rolesThat(Actor::mayManageUsers)).containsOnly(Role.ADMIN);
        assertThat(rolesThat(Actor::mayManagePages)).containsOnly(Role.ADMIN);
        assertThat(rolesThat(Actor::mayManageSettings)).containsOnly(Role.ADMIN);
        assertThat(rolesThat(actor -> actor.mayModify(SOMEONE_ELSE))).containsOnly(Role.ADMIN);
    }

    @Test
    void aSuspendedOrDeletedAccountMayNothingWhateverItsRole() {
        for (UserStatus status : EnumSet.of(UserStatus.SUSPENDED, UserStatus.DELETED)) {
            for (Role role : Role.values()) {
                Actor actor = new Actor(UUID.randomUUID(), role, status);
                assertThat(actor.mayComment() || actor.mayWritePosts() || actor.mayPublishPosts() || actor.mayEditAnyPost()
                        || actor.mayEditDraft(actor.userId()) || actor.mayChangePost(actor.userId()) || actor.mayReviewPosts()
                        || actor.mayModerateComments() || actor.mayManageTags() || actor.mayManageCategories()
                        || actor.mayManageUsers() || actor.mayManagePages() || actor.mayManageSettings()
                        || actor.mayModify(actor.userId()) || actor.isAdmin())
                        .as(role + " " + status).isFalse();
            }
        }
    }
}
