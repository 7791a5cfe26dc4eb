package io.inkwell.media.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.media.MediaLimits;
import io.inkwell.media.MediaTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The media tables' CHECK constraints hold the numbers of {@link MediaLimits}. */
@SpringBootTest(classes = MediaTestApplication.class)
@Transactional
class SchemaLimitsTest {

    private static final String HASH = "cd".repeat(32);
    private static final String INSERT = "insert into media_items (media_hash, uploader_id, file_name, alt_text) values (?, ?, ?, ?)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAltTextOfTheLimitIsTakenAndOneCharacterMoreIsNot() {
        UUID ada = givenAStoredFile();
        jdbc.update(INSERT, HASH, ada, "a.jpg", "é".repeat(MediaLimits.ALT_TEXT_MAX));

        assertThatThrownBy(() -> jdbc.update(INSERT, HASH, author(jdbc, "Bob"), "a.jpg", "é".repeat(MediaLimits.ALT_TEXT_MAX + 1)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("media_items_alt_text_ck");
    }

    @Test
    void aFileNameOfTheLimitIsTakenAndOneCharacterMoreIsNot() {
        UUID ada = givenAStoredFile();
        jdbc.update(INSERT, HASH, ada, "é".repeat(MediaLimits.FILE_NAME_MAX), "Alt");

        assertThatThrownBy(() -> jdbc.update(INSERT, HASH, author(jdbc, "Bob"), "é".repeat(MediaLimits.FILE_NAME_MAX + 1), "Alt"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("media_items_file_name_ck");
    }

    private UUID givenAStoredFile() {
        jdbc.update("insert into media_files (hash, format, width, height) values (?, 'jpeg', 10, 10)", HASH);
        return author(jdbc, "Ada");
    }

    @Test
    void moreThanFortyMegapixelsCannotBeStored() {
        jdbc.update("insert into media_files (hash, format, width, height) values (?, 'png', 8000, 5000)", HASH);
        assertThat(MediaLimits.MAX_PIXELS).isEqualTo(8000L * 5000);

        assertThatThrownBy(() -> jdbc.update("insert into media_files (hash, format, width, height) values (?, 'png', 8001, 5000)",
                "ef".repeat(32))).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("media_files_pixels_ck");
    }
}
