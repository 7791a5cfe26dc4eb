package io.inkwell.media.test;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Image files for tests, made in memory: photos (JPEG), drawings (PNG, with or without transparency), a JPEG
 * carrying EXIF with a GPS position and an orientation, and the bad files an upload must refuse.
 */
public final class TestImages {

    private TestImages() {
    }

    /** A JPEG photo of this size: a gradient with some noise, so it compresses like one. */
    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG drawing; {@code transparent} leaves its corner transparent. */
    public static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_ARGB);
        if (transparent) {
            image.setRGB(0, 0, 0x00FFFFFF);
        }
        return write(image, "png");
    }

    public static byte[] gif(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /**
     * A JPEG whose EXIF says where it was taken (GPS latitude 51° 30' 0" N) and that it must be turned 90°
     * clockwise to stand upright (orientation 6): stored upright, it is {@code height} wide.
     */
    public static byte[] jpegWithGpsAndOrientation(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] app1 = exifSegment();
        // After SOI (2 bytes); readers take an APP1 anywhere among the leading markers.
        byte[] out = new byte[plain.length + app1.length];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
        return out;
    }

    /** A lossy WebP photo, 640 × 360, made with cwebp (libwebp) from a drawing. */
    public static byte[] webp() {
        return resource("photo.webp");
    }

    /** A WebP with transparency (an alpha chunk), 300 × 200: a red ellipse on nothing. */
    public static byte[] transparentWebp() {
        return resource("badge.webp");
    }

    /** The first half of a JPEG: its header is whole, its picture data is cut off. */
    public static byte[] truncatedJpeg() {
        byte[] whole = jpeg(400, 300);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A valid PNG that claims 20,000 × 20,000 pixels (400 megapixels) in a few kilobytes: rows of zeros
     * compress to almost nothing. Decoding it would take 1.6 GB.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[width + 1];
        byte[] buffer = new byte[64 * 1024];
        // A few rows are enough to make a well-formed file; a reader checks the size before the data.
        for (int y = 0; y < Math.min(height, 64); y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** What a renamed Windows program starts with. */
    public static byte[] exe() {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test image " + name + " beside " + TestImages.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 80)));
            g.fillRect(0, 0, width, height);
            Random noise = new Random(width * 31L + height);
            for (int i = 0; i < width * height / 200; i++) {
                g.setColor(new Color(noise.nextInt(0x1000000)));
                g.fillRect(noise.nextInt(width), noise.nextInt(height), 2, 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * APP1 "Exif": a big-endian TIFF header; IFD0 with Orientation = 6 and a pointer to the GPS IFD; the GPS IFD
     * with GPSLatitudeRef "N" and GPSLatitude 51/1, 30/1, 0/1.
     */
    private static byte[] exifSegment() {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, 6 << 16);
        entry(tiff, 0x8825, 4, 1, 38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);
        entry(tiff, 0x0002, 5, 3, 68);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        byte[] body = tiff.array();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(body);
        return segment.array();
    }

    private static void entry(ByteBuffer ifd, int tag, int type, int count, int value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
