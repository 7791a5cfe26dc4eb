package io.inkwell.comments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.GuestAuthor;
import io.inkwell.comments.QueueCounts;
import io.inkwell.comments.QueueTab;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of moderation: blocked words, guests' details, links and the queue's words. */
class ModerationRulesUnitTest {

    @Test
    void blockedWordsMatchWholeWordsInAnyCase() {
        BlockedWords words = BlockedWords.of(List.of("ass", "cheap pills", "c++"));

        assertThat(words.firstIn("What an ASS.")).contains("ASS");
        assertThat(words.firstIn("A class of its own", "passage")).isEmpty();
        assertThat(words.firstIn(null, "Cheap pills here")).contains("Cheap pills");
        assertThat(words.firstIn("cheap  pills")).isEmpty();
        assertThat(words.firstIn("I like C++ a lot")).contains("C++");
        assertThat(BlockedWords.of(List.of()).firstIn("anything")).isEmpty();
        assertThat(words.isFor(List.of("ass", "cheap pills", "c++"))).isTrue();
    }

    @Test
    void aGuestsDetailsAreTrimmedAndTheEmailInLowerCase() {
        Author guest = GuestDetails.clean(new GuestAuthor("  Grace Hopper ", " Grace@Example.ORG "));

        assertThat(guest.guestName()).isEqualTo("Grace Hopper");
        assertThat(guest.guestEmail()).isEqualTo("grace@example.org");
        assertThat(guest.isGuest()).isTrue();
    }

    @Test
    void aGuestWithoutANameOrAWorkableEmailIsRefused() {
        assertThatThrownBy(() -> GuestDetails.clean(null)).isInstanceOf(CommentRejectedException.class);
        assertThatThrownBy(() -> GuestDetails.clean(new GuestAuthor("Grace", "grace@@example.org")))
                .isInstanceOf(CommentRejectedException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> GuestDetails.clean(new GuestAuthor("Grace", "grace\u00a0x@example.org")))
                .isInstanceOf(CommentRejectedException.class);
        assertThatThrownBy(() -> GuestDetails.clean(new GuestAuthor("Grace", "g".repeat(250) + "@example.org")))
                .isInstanceOf(CommentRejectedException.class);
    }

    @Test
    void linksAreTheAddressesTheCommentWouldLinkTo() {
        assertThat(CommentText.links("See https://a.example/x. And http://b.example, or https:// nothing"))
                .containsExactly("https://a.example/x", "http://b.example");
    }

    @Test
    void aTabCountedPastItsCapShowsTheCapAndSaysSo() {
        QueueCounts counts = new QueueCounts(QueueCounts.CAP + 1, 1_234, 0, 3);
        assertThat(counts.shown(QueueTab.HELD)).isEqualTo(QueueCounts.CAP);
        assertThat(counts.isCapped(QueueTab.HELD)).isTrue();
        assertThat(counts.shown(QueueTab.APPROVED)).isEqualTo(1_234);
        assertThat(counts.isCapped(QueueTab.APPROVED)).isFalse();
        assertThat(counts.of(QueueTab.REPORTED)).isEqualTo(3);
    }
}
