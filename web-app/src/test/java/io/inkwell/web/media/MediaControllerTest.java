package io.inkwell.web.media;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.StatementCounter;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.UploadImage;
import io.inkwell.media.test.TestImages;
import io.inkwell.users.Role;
import io.inkwell.web.support.WebTest;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class MediaControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaLibrary library;

    @Autowired
    SqlSessionFactory sessions;

    MediaItem photo;
    StatementCounter statements;

    @BeforeEach
    void givenAnUploadedPhoto() {
        photo = library.upload(person(jdbc, "Ada", Role.USER).actor(),
                new UploadImage(TestImages.jpegWithGpsAndOrientation(1200, 800), "Harbour.jpg", "Boats")).item();
        statements = StatementCounter.installedIn(sessions);
    }

    @Test
    void anImageIsServedWithItsTypeAStrongEtagAndKeptForAYear() throws Exception {
        statements.reset();
        MockHttpServletResponse response = mvc.perform(get(photo.path("480")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("ETag", "\"" + photo.hash() + "-480\""))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"harbour.jpg\""))
                .andReturn().getResponse();

        assertThat(statements.count()).as(statements.statementIds().toString()).isEqualTo(1);
        var image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aConditionalRequestIsAnswered304WithoutAStatement() throws Exception {
        statements.reset();
        mvc.perform(get(photo.path("960")).header("If-None-Match", "W/\"x\", \"" + photo.hash() + "-960\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"" + photo.hash() + "-960\""));

        assertThat(statements.count()).isZero();
    }

    @Test
    void anyNameServesTheSameBytesAndAnUnsafeOneIsNotEchoed() throws Exception {
        mvc.perform(get("/media/" + photo.hash() + "/original/Evil Name.HTML"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"image\""))
                .andExpect(header().string("Content-Type", "image/jpeg"));
    }

    @Test
    void unknownImagesVariantsAndShapesAreMissing() throws Exception {
        mvc.perform(get("/media/" + "0".repeat(64) + "/480/a.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/" + photo.hash() + "/1600/a.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/" + photo.hash() + "/720/a.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/" + photo.hash().toUpperCase() + "/480/a.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/../../etc/480/passwd")).andExpect(status().is4xxClientError());
    }

    @Test
    void imagesAnswerHeadAndNothingButGetOrHead() throws Exception {
        mvc.perform(head(photo.path("480"))).andExpect(status().isOk());
        mvc.perform(post(photo.path("480"))).andExpect(status().isForbidden());
    }
}
