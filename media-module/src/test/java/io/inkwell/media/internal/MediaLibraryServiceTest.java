package io.inkwell.media.internal;

import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.media.ImageSizes;
import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaDelivery;
import io.inkwell.media.MediaImages;
import io.inkwell.media.MediaInUseException;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.MediaNotFoundException;
import io.inkwell.media.MediaPage;
import io.inkwell.media.MediaTestApplication;
import io.inkwell.media.UploadImage;
import io.inkwell.media.Uploaded;
import io.inkwell.media.test.TestImages;
import io.inkwell.posts.PostDeleted;
import io.inkwell.posts.PostImagesChanged;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploading, listing and deleting on the real database; uploads commit, so the tables are emptied after each test. */
@SpringBootTest(classes = MediaTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class MediaLibraryServiceTest {

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaImages images;

    @Autowired
    MediaDelivery delivery;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    Actor ada;
    Actor bob;
    Actor editor;
    Actor guest;

    @BeforeEach
    void givenTwoAuthorsAnEditorAndAGuest() {
        ada = new Actor(withRole(jdbc, "Ada", Role.USER), Role.USER);
        bob = new Actor(withRole(jdbc, "Bob", Role.USER), Role.USER);
        editor = new Actor(withRole(jdbc, "Eve", Role.ADMIN), Role.ADMIN);
        guest = new Actor(withRole(jdbc, "Gus", Role.GUEST), Role.GUEST);
    }

    private Uploaded upload(Actor actor, byte[] bytes, String name) {
        return library.upload(actor, new UploadImage(bytes, name, "Alt of " + name));
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** As the posts context publishes it: in the post's transaction, handled after it commits. */
    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void assertRefused(Actor actor, UploadImage upload, String field, String message) {
        assertThatThrownBy(() -> library.upload(actor, upload)).isInstanceOfSatisfying(InvalidUploadException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
        assertThat(rows("media_files") + rows("media_items") + rows("media_blobs")).as("nothing stored").isZero();
    }

    @Test
    void anUploadStoresTheFileItsVariantsAndTheLibraryEntry() {
        Uploaded uploaded = upload(ada, TestImages.jpeg(1200, 800), "C:\\Users\\ada\\Holiday photo.JPG");

        MediaItem item = uploaded.item();
        assertThat(uploaded.alreadyInLibrary()).isFalse();
        assertThat(item.fileName()).isEqualTo("Holiday photo.JPG");
        assertThat(item.altText()).isEqualTo("Alt of C:\\Users\\ada\\Holiday photo.JPG");
        assertThat(item.sizes().width()).isEqualTo(1200);
        assertThat(item.sizes().variants()).extracting("name").containsExactly("480", "960", "original");
        assertThat(item.path("960")).isEqualTo("/media/" + item.hash() + "/960/holiday-photo.jpg");
        assertThat(item.byteSize()).isPositive();
        assertThat(item.isUsed()).isFalse();
        assertThat(rows("media_blobs")).isEqualTo(3);
        assertThat(delivery.read(item.hash(), "480")).hasValueSatisfying(image -> {
            assertThat(image.contentType()).isEqualTo("image/jpeg");
            assertThat(image.bytes().length).isEqualTo(item.sizes().variant("480").orElseThrow().byteSize());
        });
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnceAndEachUploaderHasAnEntry() {
        byte[] photo = TestImages.jpeg(900, 600);
        MediaItem first = upload(ada, photo, "a.jpg").item();

        Uploaded again = upload(ada, photo, "renamed.jpg");
        Uploaded byBob = upload(bob, photo, "bob.jpg");

        assertThat(again.alreadyInLibrary()).isTrue();
        assertThat(again.item().id()).isEqualTo(first.id());
        assertThat(again.item().fileName()).isEqualTo("a.jpg");
        assertThat(byBob.alreadyInLibrary()).isFalse();
        assertThat(byBob.item().hash()).isEqualTo(first.hash());
        assertThat(rows("media_files")).isEqualTo(1);
        assertThat(rows("media_items")).isEqualTo(2);
        assertThat(rows("media_blobs")).isEqualTo(2);
    }

    @Test
    void badUploadsAreRefusedWithAMessageAndStoreNothing() {
        assertRefused(ada, new UploadImage(new byte[0], "empty.jpg", "Alt"), "image", "this one is empty");
        assertRefused(ada, new UploadImage(null, null, "Alt"), "image", "this one is empty");
        byte[] tooLarge = Arrays.copyOf(TestImages.jpeg(10, 10), 10 * 1024 * 1024 + 1);
        assertRefused(ada, new UploadImage(tooLarge, "big.jpg", "Alt"), "image", "larger than 10 MB");
        assertRefused(ada, new UploadImage(TestImages.exe(), "photo.jpg", "Alt"), "image", "This file is a program");
        assertRefused(ada, new UploadImage(TestImages.truncatedJpeg(), "cut.jpg", "Alt"), "image", "damaged");
        assertRefused(ada, new UploadImage(TestImages.pngBomb(20_000, 20_000), "bomb.png", "Alt"), "image", "megapixels");
        assertRefused(ada, new UploadImage(TestImages.jpeg(10, 10), "a.jpg", ""), "altText", "Describe the image");
        assertRefused(ada, new UploadImage(TestImages.jpeg(10, 10), "a.jpg", " \u0000\t"), "altText", "Describe the image");
        assertRefused(ada, new UploadImage(TestImages.jpeg(10, 10), "a.jpg", "x".repeat(501)), "altText", "at most 500");
    }

    @Test
    void guestsMayNotUpload() {
        assertThatThrownBy(() -> upload(guest, TestImages.jpeg(10, 10), "a.jpg")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> library.list(guest, null, Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anUploadIsOneTransaction() {
        Actor nobody = new Actor(UUID.randomUUID(), Role.USER);

        assertThatThrownBy(() -> upload(nobody, TestImages.jpeg(600, 400), "a.jpg")).isNotInstanceOf(InvalidUploadException.class);

        assertThat(rows("media_files") + rows("media_variants") + rows("media_blobs") + rows("media_items")).isZero();
    }

    @Test
    void authorsListTheirOwnImagesAndEditorsEveryonesNewestFirstAPageAtATime() {
        MediaItem sunset = upload(ada, TestImages.jpeg(100, 60), "sunset.jpg").item();
        MediaItem diagram = upload(ada, TestImages.png(80, 80, false), "diagram.png").item();
        MediaItem bobs = upload(bob, TestImages.jpeg(90, 60), "bob.jpg").item();

        assertThat(library.list(ada, null, Optional.empty(), 10).items()).containsExactly(diagram, sunset);
        assertThat(library.list(editor, null, Optional.empty(), 10).items()).containsExactly(bobs, diagram, sunset);

        MediaPage first = library.list(editor, "", Optional.empty(), 2);
        assertThat(first.items()).containsExactly(bobs, diagram);
        MediaPage second = library.list(editor, null, Optional.of(first.next()), 2);
        assertThat(second.items()).containsExactly(sunset);
        assertThat(second.next()).isNull();
    }

    @Test
    void theSearchMatchesNameOrAltTextAnywhereAndTakesWildcardsLiterally() {
        MediaItem sunset = upload(ada, TestImages.jpeg(100, 60), "sunset.jpg").item();
        MediaItem chart = library.upload(ada, new UploadImage(TestImages.png(50, 50, false), "chart_1.png", "Sales up 100%"))
                .item();

        assertThat(library.list(ada, "SUNS", Optional.empty(), 10).items()).containsExactly(sunset);
        assertThat(library.list(ada, "100%", Optional.empty(), 10).items()).containsExactly(chart);
        assertThat(library.list(ada, "t_1", Optional.empty(), 10).items()).containsExactly(chart);
        assertThat(library.list(ada, "%", Optional.empty(), 10).items()).containsExactly(chart);
        assertThat(library.list(ada, "nothing like it", Optional.empty(), 10).items()).isEmpty();
    }

    @Test
    void anImageAPostShowsIsUsedAndItsDeleteIsRefusedUntilThePostIsGone() {
        MediaItem photo = upload(ada, TestImages.jpeg(600, 400), "photo.jpg").item();
        UUID post = UUID.randomUUID();
        publish(new PostImagesChanged(post, 0, Set.of("https://blog.example/media/" + photo.hash() + "/960/photo.jpg",
                "https://elsewhere.example/cat.png")));

        assertThat(library.find(ada, photo.id()).usedIn()).containsExactly(post);
        assertThatThrownBy(() -> library.delete(ada, photo.id())).isInstanceOfSatisfying(MediaInUseException.class,
                e -> assertThat(e.referrerIds()).containsExactly(post));
        assertThat(rows("media_items")).isEqualTo(1);

        publish(new PostDeleted(post, 1));
        library.delete(ada, photo.id());

        assertThat(rows("media_items") + rows("media_files") + rows("media_variants") + rows("media_blobs")).isZero();
        assertThat(delivery.read(photo.hash(), "480")).isEmpty();
    }

    @Test
    void eventsOlderThanWhatIsKnownChangeNothing() {
        MediaItem photo = upload(ada, TestImages.jpeg(300, 200), "photo.jpg").item();
        String url = photo.path("original");
        UUID post = UUID.randomUUID();

        publish(new PostImagesChanged(post, 3, Set.of()));
        publish(new PostImagesChanged(post, 2, Set.of(url)));
        assertThat(library.find(ada, photo.id()).isUsed()).isFalse();

        publish(new PostImagesChanged(post, 4, Set.of(url)));
        assertThat(library.find(ada, photo.id()).usedIn()).containsExactly(post);

        publish(new PostDeleted(post, 5));
        publish(new PostImagesChanged(post, 4, Set.of(url)));
        assertThat(library.find(ada, photo.id()).isUsed()).isFalse();
    }

    @Test
    void deletingOnesEntryKeepsTheFileWhileAnotherUploaderHasIt() {
        byte[] photo = TestImages.jpeg(500, 300);
        MediaItem adas = upload(ada, photo, "a.jpg").item();
        MediaItem bobs = upload(bob, photo, "b.jpg").item();

        library.delete(ada, adas.id());

        assertThat(rows("media_items")).isEqualTo(1);
        assertThat(delivery.read(bobs.hash(), "480")).isPresent();
    }

    @Test
    void onlyTheUploaderOrAnEditorMayManageAnEntry() {
        MediaItem photo = upload(ada, TestImages.jpeg(100, 100), "a.jpg").item();

        assertThatThrownBy(() -> library.find(bob, photo.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> library.delete(bob, photo.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> library.delete(ada, UUID.randomUUID())).isInstanceOf(MediaNotFoundException.class);
        assertThat(library.find(editor, photo.id())).isEqualTo(photo);

        library.delete(editor, photo.id());
        assertThat(rows("media_items")).isZero();
    }

    @Test
    void pagesGetTheSizesOfTheImagesTheyShowInOneCall() {
        MediaItem wide = upload(ada, TestImages.jpeg(2000, 1000), "wide.jpg").item();
        MediaItem small = upload(ada, TestImages.png(300, 200, false), "small.png").item();

        var sizes = images.sizesOf(List.of(wide.hash(), small.hash(), "0".repeat(64), "not a hash"));

        assertThat(sizes).containsOnlyKeys(wide.hash(), small.hash());
        ImageSizes wideSizes = sizes.get(wide.hash());
        assertThat(wideSizes.candidates()).extracting("name").containsExactly("480", "960", "1600");
        assertThat(wideSizes.fallback(960).name()).isEqualTo("960");
        assertThat(sizes.get(small.hash()).candidates()).extracting("name").containsExactly("original");
        assertThat(sizes.get(small.hash()).fallback(960).width()).isEqualTo(300);
        assertThat(images.sizesOf(List.of())).isEmpty();
    }

    @Test
    void onlyStoredVariantsAreDelivered() {
        MediaItem photo = upload(ada, TestImages.png(300, 200, true), "a.png").item();

        assertThat(delivery.read(photo.hash(), "original")).hasValueSatisfying(
                image -> assertThat(image.contentType()).isEqualTo("image/png"));
        assertThat(delivery.read(photo.hash(), "480")).isEmpty();
        assertThat(delivery.read(photo.hash(), "../etc")).isEmpty();
        assertThat(delivery.read("../../x", "original")).isEmpty();
    }

    @Test
    void theLimitIsTheSetting() {
        assertThat(library.maxFileSize().toMegabytes()).isEqualTo(10);
        assertThat(MediaLibraryService.tooLarge(library.maxFileSize()).english())
                .isEqualTo("This file is larger than 10 MB, the most an image may be.");
        assertThat(MediaLibraryService.tooLarge(org.springframework.util.unit.DataSize.ofKilobytes(512)).english())
                .isEqualTo("This file is larger than 512 KB, the most an image may be.");
    }
}
