package io.inkwell.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.media.MediaUrls;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameKeepsNoFolderNorInvisibleCharacters() {
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("C:\\fakepath\\photo.jpg")).isEqualTo("photo.jpg");
        assertThat(FileNames.clean("evil\u202Egpj.exe")).isEqualTo("evilgpj.exe");
        assertThat(FileNames.clean("tab\tand\nline.png")).isEqualTo("tabandline.png");
        assertThat(FileNames.clean("Été à Paris.jpg")).isEqualTo("Été à Paris.jpg");
    }

    @Test
    void nothingLeftIsCalledImage() {
        assertThat(FileNames.clean(null)).isEqualTo("image");
        assertThat(FileNames.clean("   ")).isEqualTo("image");
        assertThat(FileNames.clean("..")).isEqualTo("image");
        assertThat(FileNames.clean("folder/")).isEqualTo("image");
    }

    @Test
    void aLongNameIsCutWithoutSplittingACharacter() {
        String name = FileNames.clean("😀".repeat(150));
        assertThat(name.codePoints().count()).isEqualTo(100);
    }

    @Test
    void addressesUseAnAsciiNameWithTheStoredFormatsExtension() {
        assertThat(MediaUrls.urlName("Été à Paris.webp", "jpeg")).isEqualTo("ete-a-paris.jpg");
        assertThat(MediaUrls.urlName("<script>.png", "png")).isEqualTo("script.png");
        assertThat(MediaUrls.urlName("日本.gif", "png")).isEqualTo("image.png");
        assertThat(MediaUrls.urlName("a".repeat(100) + ".jpg", "jpeg")).hasSize(64);
    }
}
