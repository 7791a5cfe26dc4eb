package io.inkwell.media;

import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How much CPU an upload of a 12-megapixel JPEG photo costs the thread that uploads: {@code ThreadMXBean} CPU time
 * around {@link MediaLibrary#upload} (checking, decoding, turning upright, re-encoding the original and three
 * widths, storing them in one transaction), median of 7 runs after 3 to warm up, each run a different file so
 * none is recognised as stored already. A measuring program, not a test (nothing is asserted about time):
 *
 * <pre>
 * ./mvnw -q -pl media-module -am test-compile -DskipTests
 * java -cp "$(cat media-module/target/test-classpath.txt):media-module/target/classes:media-module/target/test-classes" \
 *      io.inkwell.media.UploadCpuMeasurement
 * </pre>
 *
 * It runs the media context on the test database (an embedded PostgreSQL, as the module's tests do).
 */
public final class UploadCpuMeasurement {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private UploadCpuMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        byte[] base = photo(4000, 3000);
        System.out.printf("12-megapixel JPEG of %.1f MB%n", base.length / 1048576.0);
        try (ConfigurableApplicationContext context = SpringApplication.run(MediaTestApplication.class)) {
            MediaLibrary library = context.getBean(MediaLibrary.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Actor author = new Actor(UserRows.withRole(jdbc, "Measurer " + System.nanoTime(), Role.USER), Role.USER);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Long> cpuMillis = new ArrayList<>();
            List<Long> wallMillis = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                byte[] file = withComment(base, "run " + run);
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                library.upload(author, new UploadImage(file, "photo-" + run + ".jpg", "A photo"));
                long cpuUsed = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                long wallUsed = (System.nanoTime() - wall) / 1_000_000;
                System.out.printf("run %d%s: %d ms CPU, %d ms wall%n", run + 1, run < WARM_UP ? " (warm-up)" : "", cpuUsed, wallUsed);
                if (run >= WARM_UP) {
                    cpuMillis.add(cpuUsed);
                    wallMillis.add(wallUsed);
                }
            }
            Collections.sort(cpuMillis);
            Collections.sort(wallMillis);
            System.out.printf("median of %d: %d ms CPU of the uploading thread, %d ms wall (cores: %d)%n", RUNS,
                    cpuMillis.get(RUNS / 2), wallMillis.get(RUNS / 2), Runtime.getRuntime().availableProcessors());
        }
    }

    /** A photo-like picture: smooth gradients with grain in every pixel, so that it compresses as a photo does. */
    static byte[] photo(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(12);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = grain.nextInt(24) - 12;
                int r = clamp(60 + 150 * x / width + noise);
                int g = clamp(90 + 100 * y / height + noise);
                int b = clamp(200 - 120 * (x + y) / (width + height) + noise);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        // Quality 0.95, as cameras and phones write them: a larger file, more to decode than ImageIO's default 0.75.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (javax.imageio.stream.ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The same picture in another file: a JPEG comment segment (COM) after the start marker. */
    static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] file = new byte[jpeg.length + 4 + text.length];
        System.arraycopy(jpeg, 0, file, 0, 2);
        file[2] = (byte) 0xFF;
        file[3] = (byte) 0xFE;
        file[4] = (byte) ((text.length + 2) >> 8);
        file[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, file, 6, text.length);
        System.arraycopy(jpeg, 2, file, 6 + text.length, jpeg.length - 2);
        return file;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
