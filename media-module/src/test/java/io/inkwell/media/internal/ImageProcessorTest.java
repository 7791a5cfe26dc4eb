package io.inkwell.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.test.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor();

    @AfterEach
    void stopWatchdog() {
        processor.destroy();
    }

    private static Map<String, ProcessedImage.EncodedVariant> byName(ProcessedImage image) {
        return image.variants().stream().collect(Collectors.toMap(ProcessedImage.EncodedVariant::name, Function.identity()));
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static List<?> exifSegments(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            return JPEGSegmentUtil.readSegments(in, 0xFFE1, "Exif");
        }
    }

    private void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> processor.process(bytes)).isInstanceOfSatisfying(InvalidUploadException.class, e -> {
            assertThat(e.field()).isEqualTo("image");
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void aPhotoIsStoredAsJpegInTheOriginalSizeAndEachSmallerWidth() throws IOException {
        ProcessedImage image = processor.process(TestImages.jpeg(2000, 1000));

        assertThat(image.format()).isEqualTo("jpeg");
        assertThat(image.width()).isEqualTo(2000);
        Map<String, ProcessedImage.EncodedVariant> variants = byName(image);
        assertThat(variants).containsOnlyKeys("original", "1600", "960", "480");
        assertThat(variants.get("960").height()).isEqualTo(480);
        BufferedImage stored = read(variants.get("480").bytes());
        assertThat(stored.getWidth()).isEqualTo(480);
        assertThat(stored.getHeight()).isEqualTo(240);
        assertThat(ImageType.contentTypeOf(variants.get("original").bytes())).isEqualTo("image/jpeg");
    }

    @Test
    void aSmallImageIsNeverUpscaled() {
        ProcessedImage image = processor.process(TestImages.jpeg(700, 300));

        assertThat(byName(image)).containsOnlyKeys("original", "480");
    }

    @Test
    void gpsAndEveryOtherExifTagAreGoneAndTheImageIsTurnedUpright() throws IOException {
        byte[] upload = TestImages.jpegWithGpsAndOrientation(400, 200);
        assertThat(exifSegments(upload)).as("the upload carries EXIF").hasSize(1);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif");

        ProcessedImage image = processor.process(upload);

        assertThat(image.width()).isEqualTo(200);
        assertThat(image.height()).isEqualTo(400);
        for (ProcessedImage.EncodedVariant variant : image.variants()) {
            assertThat(exifSegments(variant.bytes())).as(variant.name()).isEmpty();
            assertThat(new String(variant.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        }
        assertThat(read(byName(image).get("original").bytes()).getWidth()).isEqualTo(200);
    }

    @Test
    void aTransparentPngStaysPngWithItsTransparency() throws IOException {
        ProcessedImage image = processor.process(TestImages.png(600, 400, true));

        assertThat(image.format()).isEqualTo("png");
        BufferedImage stored = read(byName(image).get("original").bytes());
        assertThat(stored.getRGB(0, 0) >>> 24).isZero();
        assertThat(ImageType.contentTypeOf(byName(image).get("480").bytes())).isEqualTo("image/png");
    }

    @Test
    void aGifIsStoredAsPng() {
        assertThat(processor.process(TestImages.gif(100, 80)).format()).isEqualTo("png");
    }

    @Test
    void aWebpIsReadWithTheTwelveMonkeysPlugin() {
        ProcessedImage image = processor.process(TestImages.webp());

        assertThat(image.format()).isEqualTo("jpeg");
        assertThat(image.width()).isEqualTo(640);
        assertThat(byName(image)).containsOnlyKeys("original", "480");
    }

    @Test
    void aWebpWithTransparencyIsStoredAsPng() throws IOException {
        ProcessedImage image = processor.process(TestImages.transparentWebp());

        assertThat(image.format()).isEqualTo("png");
        assertThat(read(byName(image).get("original").bytes()).getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.pngBomb(20_000, 20_000);
        assertThat(bomb.length).isLessThan(60_000);

        assertRefused(bomb, "20000 × 20000 pixels: at most 40 megapixels");
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() {
        assertRefused(TestImages.truncatedJpeg(), "damaged or incomplete");
    }

    @Test
    void filesThatAreNotImagesAreRefusedSayingWhatTheyAre() {
        assertRefused(TestImages.exe(), "This file is a program");
        assertRefused(TestImages.svg(), "an SVG image");
        assertRefused(TestImages.html(), "an HTML page");
        assertRefused(TestImages.pdf(), "a PDF document");
        assertRefused("just words".getBytes(StandardCharsets.UTF_8), "not a JPEG, PNG, GIF or WebP image");
    }

    @Test
    void aJpegHeaderWithNothingAfterItIsRefused() {
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "damaged");
    }

    @Test
    void decodingTakesAPermitEachSoMemoryStaysBounded() {
        assertThat(processor.permits()).isBetween(1, Runtime.getRuntime().availableProcessors());
    }
}
