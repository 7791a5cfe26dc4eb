package io.inkwell.media.internal;

import io.inkwell.db.Refusal;
import io.inkwell.media.ImageVariant;
import io.inkwell.media.InvalidUploadException;
import io.inkwell.media.MediaLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Turns uploaded bytes into the images that are stored, or refuses them with a message:
 *
 * <ol>
 *   <li>the type from the magic number (JPEG, PNG, GIF, WebP; TwelveMonkeys' ImageIO plugins read WebP and the
 *       JPEGs the JDK cannot);</li>
 *   <li>the dimensions from the header alone, refused over {@link MediaLimits#MAX_PIXELS}, so a small file that
 *       claims a huge image (a decompression bomb) is never decoded;</li>
 *   <li>decoding, at most {@link #permits} at a time (a 40-megapixel image takes 160 MB), each stopped after
 *       {@link #DECODE_TIME_LIMIT}; any warning of the reader (a truncated or damaged file) refuses the file;</li>
 *   <li>turning upright by the JPEG's EXIF orientation, then re-encoding every variant from pixels alone, so
 *       EXIF, GPS, comments and every other piece of metadata stay behind;</li>
 *   <li>JPEG (quality {@link #JPEG_QUALITY}, progressive) for photos: JPEG and opaque WebP uploads; PNG where
 *       transparency or sharp edges matter: PNG and GIF uploads (drawings, screenshots; a GIF keeps its first
 *       frame) and WebP with transparency. Widths of {@link MediaLimits#WIDTHS} are made from the original,
 *       each from the next larger one, by Thumbnailator's progressive bilinear scaling.</li>
 * </ol>
 */
@Component
class ImageProcessor implements DisposableBean {

    static final float JPEG_QUALITY = 0.85f;
    static final Duration DECODE_TIME_LIMIT = Duration.ofSeconds(20);
    private static final Duration WAIT_FOR_PERMIT = Duration.ofSeconds(30);
    /** Heap a decode may take at most (40 megapixels of 4 bytes, and its re-encoding), to size the permits. */
    private static final long HEAP_PER_DECODE = 512L << 20;

    private final Semaphore decodes;
    private final int permits;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "image-decode-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    ImageProcessor() {
        // Plugins on a nested class path (the application's jar) are only found when asked to look again.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
        this.permits = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / HEAP_PER_DECODE));
        this.decodes = new Semaphore(permits, true);
    }

    ProcessedImage process(byte[] bytes) {
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new InvalidUploadException("image",
                ImageType.refusal(bytes)));
        BufferedImage decoded = decode(type, bytes);
        boolean transparent = type != ImageType.JPEG && hasTransparency(decoded);
        String format = type == ImageType.JPEG || (type == ImageType.WEBP && !transparent) ? "jpeg" : "png";
        BufferedImage original = format.equals("jpeg") ? opaque(decoded) : decoded;
        return new ProcessedImage(format, original.getWidth(), original.getHeight(), encodeVariants(original, format));
    }

    private BufferedImage decode(ImageType type, byte[] bytes) {
        try {
            if (!decodes.tryAcquire(WAIT_FOR_PERMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new InvalidUploadException("image", Refusal.of("refused.upload.busy",
                        "The site is busy with other images: please try again in a minute."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidUploadException("image",
                    Refusal.of("refused.upload.interrupted", "The upload was interrupted: please try again."));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(type);
            try {
                reader.setInput(input, true, false);
                checkPixels(reader.getWidth(0), reader.getHeight(0));
                Orientation orientation = type == ImageType.JPEG ? ExifUtils.getExifOrientation(reader, 0) : null;
                BufferedImage image = readWithinTimeLimit(reader);
                return orientation == null || orientation == Orientation.TOP_LEFT
                        ? image : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidUploadException refused) {
                throw refused;
            }
            throw damaged(type);
        } finally {
            decodes.release();
        }
    }

    private static ImageReader readerFor(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type.formatName + " on the class path");
        }
        return readers.next();
    }

    private static void checkPixels(int width, int height) {
        if (width < 1 || height < 1) {
            throw new InvalidUploadException("image", Refusal.of("refused.upload.noPixels", "This image has no pixels."));
        }
        if ((long) width * height > MediaLimits.MAX_PIXELS) {
            throw new InvalidUploadException("image", Refusal.of("refused.upload.tooManyPixels",
                    "This image is {0,number,#} × {1,number,#} pixels: at most {2} megapixels can be uploaded.", width, height,
                    MediaLimits.MAX_PIXELS / 1_000_000));
        }
    }

    /** A warning (a truncated or corrupt file) or the time limit ends the read, and refuses the file. */
    private BufferedImage readWithinTimeLimit(ImageReader reader) throws IOException {
        AtomicBoolean warned = new AtomicBoolean();
        AtomicBoolean stopped = new AtomicBoolean();
        IIOReadWarningListener warnings = (source, warning) -> {
            warned.set(true);
            source.abort();
        };
        reader.addIIOReadWarningListener(warnings);
        ScheduledFuture<?> limit = watchdog.schedule(() -> {
            stopped.set(true);
            reader.abort();
        }, DECODE_TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ImageReadParam param = reader.getDefaultReadParam();
            BufferedImage image = reader.read(0, param);
            if (stopped.get()) {
                throw new InvalidUploadException("image",
                        Refusal.of("refused.upload.tooSlow", "This image took too long to read; it may be damaged."));
            }
            if (warned.get() || image == null) {
                throw new IOException("damaged");
            }
            return image;
        } finally {
            limit.cancel(false);
            reader.removeIIOReadWarningListener(warnings);
        }
    }

    private static InvalidUploadException damaged(ImageType type) {
        return new InvalidUploadException("image", Refusal.of("refused.upload.damaged",
                "This {0} file is damaged or incomplete and cannot be read.", type.name().replace("WEBP", "WebP")));
    }

    private static boolean hasTransparency(BufferedImage image) {
        Raster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return false;
        }
        int[] row = new int[alpha.getWidth()];
        int opaque = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(alpha.getMinX(), alpha.getMinY() + y, row.length, 1, 0, row);
            for (int sample : row) {
                if (sample < opaque) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JPEG has no alpha: an image that had one is laid on white, as a page would show it. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static List<ProcessedImage.EncodedVariant> encodeVariants(BufferedImage original, String format) {
        List<ProcessedImage.EncodedVariant> variants = new ArrayList<>();
        variants.add(encoded(ImageVariant.ORIGINAL, original, format));
        BufferedImage larger = original;
        List<Integer> widths = new ArrayList<>(MediaLimits.WIDTHS);
        java.util.Collections.reverse(widths);
        for (int width : widths) {
            if (width < original.getWidth()) {
                larger = resized(larger, width);
                variants.add(encoded(Integer.toString(width), larger, format));
            }
        }
        return variants;
    }

    private static BufferedImage resized(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).keepAspectRatio(true).asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException("Resizing in memory failed", e);
        }
    }

    private static ProcessedImage.EncodedVariant encoded(String name, BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            // No metadata is given, so none is written: the pixels are all that leave this method.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        return new ProcessedImage.EncodedVariant(name, image.getWidth(), image.getHeight(), bytes.toByteArray());
    }

    int permits() {
        return permits;
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
    }
}
