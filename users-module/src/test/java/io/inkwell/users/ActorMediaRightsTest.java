package io.inkwell.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The media rows of the role table: writers upload and manage their own images, editors everyone's, guests none. */
class ActorMediaRightsTest {

    private final UUID someoneElse = UUID.randomUUID();

    @Test
    void authorsUploadAndManageTheirOwnImagesOnly() {
        Actor author = new Actor(UUID.randomUUID(), Role.USER);

        assertThat(author.mayUploadMedia()).isTrue();
        assertThat(author.mayManageMedia(author.userId())).isTrue();
        assertThat(author.mayManageMedia(someoneElse)).isFalse();
        assertThat(author.maySeeAllMedia()).isFalse();
    }

    @Test
    void editorsManageEveryonesImages() {
        Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);

        assertThat(admin.mayManageMedia(someoneElse)).isTrue();
        assertThat(admin.maySeeAllMedia()).isTrue();
    }

    @Test
    void guestsAndAccountsThatAreNotActiveUploadNothing() {
        Actor guest = new Actor(UUID.randomUUID(), Role.GUEST);
        Actor suspended = new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED);

        assertThat(guest.mayUploadMedia()).isFalse();
        assertThat(guest.mayManageMedia(guest.userId())).isFalse();
        assertThat(suspended.mayUploadMedia()).isFalse();
        assertThat(suspended.maySeeAllMedia()).isFalse();
        assertThat(suspended.mayManageMedia(someoneElse)).isFalse();
    }
}
