package io.inkwell.media.test;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The media context's rows for other modules' tests, written with SQL: a library entry of a stored file
 * (its rows only, no bytes), for tests about who may see what rather than about images.
 */
public final class MediaRows {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MediaRows() {
    }

    /** A 1200 × 800 JPEG's rows (original and three widths) and its entry in the library of {@code uploaderId}. */
    public static UUID item(JdbcTemplate jdbc, UUID uploaderId, String fileName) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String hash = HexFormat.of().formatHex(random);
        jdbc.update("insert into media_files (hash, format, width, height) values (?, 'jpeg', 1200, 800)", hash);
        jdbc.update("""
                insert into media_variants (media_hash, variant, width, height, byte_size)
                values (?, 'original', 1200, 800, 150000), (?, '960', 960, 640, 90000), (?, '480', 480, 320, 30000)""",
                hash, hash, hash);
        return jdbc.queryForObject("""
                insert into media_items (media_hash, uploader_id, file_name, alt_text) values (?, ?, ?, ?) returning id""",
                UUID.class, hash, uploaderId, fileName, "Alt of " + fileName);
    }
}
