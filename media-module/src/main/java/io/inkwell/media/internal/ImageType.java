package io.inkwell.media.internal;

import io.inkwell.db.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image types an upload may be, recognised by their magic numbers: the first bytes of the file, never its
 * name nor the Content-Type a browser (or anyone) claims.
 */
enum ImageType {

    JPEG("jpeg"),
    PNG("png"),
    GIF("gif"),
    WEBP("webp");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** The ImageIO format name whose reader decodes it. */
    final String formatName;

    ImageType(String formatName) {
        this.formatName = formatName;
    }

    static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The content type of stored bytes (always JPEG or PNG, as this module writes them). */
    static String contentTypeOf(byte[] bytes) {
        return sniff(bytes).map(type -> "image/" + type.formatName).orElse("application/octet-stream");
    }

    /** Why a file that is none of the types taken is refused, saying what it seems to be: a PDF document, an SVG image, … */
    static Refusal refusal(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("%pdf")) {
            return Refusal.of("refused.upload.pdf",
                    "This file is a PDF document: only JPEG, PNG, GIF and WebP images can be uploaded.");
        }
        if (start.contains("<svg")) {
            return Refusal.of("refused.upload.svg", "This file is an SVG image (SVG can carry scripts, so it is not taken): "
                    + "only JPEG, PNG, GIF and WebP images can be uploaded.");
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<script")) {
            return Refusal.of("refused.upload.html",
                    "This file is an HTML page: only JPEG, PNG, GIF and WebP images can be uploaded.");
        }
        if (start.startsWith("mz") || start.startsWith("\u007felf")) {
            return Refusal.of("refused.upload.program",
                    "This file is a program: only JPEG, PNG, GIF and WebP images can be uploaded.");
        }
        if (start.startsWith("pk\u0003\u0004")) {
            return Refusal.of("refused.upload.archive",
                    "This file is an archive: only JPEG, PNG, GIF and WebP images can be uploaded.");
        }
        return Refusal.of("refused.upload.notAnImage",
                "This file is not a JPEG, PNG, GIF or WebP image: only JPEG, PNG, GIF and WebP images can be uploaded.");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}
