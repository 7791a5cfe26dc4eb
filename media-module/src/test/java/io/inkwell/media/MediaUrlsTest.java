package io.inkwell.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaUrlsTest {

    private static final String HASH = "ab".repeat(32);

    @Test
    void recognisesItsAddressesRelativeOrAbsolute() {
        assertThat(MediaUrls.parse("/media/" + HASH + "/960/photo.jpg"))
                .contains(new MediaUrls.MediaRef(HASH, "960", "photo.jpg"));
        assertThat(MediaUrls.hashOf("https://blog.example/media/" + HASH + "/original/a.png")).contains(HASH);
        assertThat(MediaUrls.hashOf("http://example.com/blog/media/" + HASH + "/480/a.png")).contains(HASH);
    }

    @Test
    void anythingElseIsNotOneOfItsImages() {
        assertThat(MediaUrls.parse(null)).isEmpty();
        assertThat(MediaUrls.parse("/media/" + HASH + "/720/a.jpg")).isEmpty();
        assertThat(MediaUrls.parse("/media/" + HASH.toUpperCase() + "/960/a.jpg")).isEmpty();
        assertThat(MediaUrls.parse("/media/" + HASH + "/960/a.jpg?x=1")).isEmpty();
        assertThat(MediaUrls.parse("javascript:/media/" + HASH + "/960/a.jpg")).isEmpty();
        assertThat(MediaUrls.parse("https://cdn.example/cat.png")).isEmpty();
        assertThat(MediaUrls.parse("/media/" + "a".repeat(3000))).isEmpty();
    }

    @Test
    void hashesAndVariantsHaveOneShape() {
        assertThat(MediaUrls.isHash(HASH)).isTrue();
        assertThat(MediaUrls.isHash("../" + HASH)).isFalse();
        assertThat(MediaUrls.isVariant("1600")).isTrue();
        assertThat(MediaUrls.isVariant("100")).isFalse();
        assertThat(MediaUrls.path(HASH, "480", "a.jpg")).isEqualTo("/media/" + HASH + "/480/a.jpg");
    }
}
