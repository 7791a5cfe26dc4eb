package io.inkwell.web.media;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.UploadImage;
import io.inkwell.media.test.TestImages;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebTest
class MediaLibraryControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaLibrary library;

    @Autowired
    PostCommands posts;

    SignedInUser ada;
    SignedInUser bob;
    SignedInUser editor;
    SignedInUser guest;

    @BeforeEach
    void givenPeople() {
        ada = person(jdbc, "Ada", Role.USER);
        bob = person(jdbc, "Bob", Role.USER);
        editor = person(jdbc, "Eve", Role.ADMIN);
        guest = person(jdbc, "Gus", Role.GUEST);
    }

    private static MockMultipartHttpServletRequestBuilder upload(byte[] bytes, String name, String altText) {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/media");
        request.file(new MockMultipartFile("image", name, "image/jpeg", bytes));
        if (altText != null) {
            request.param("altText", altText);
        }
        return request;
    }

    private long items() {
        return jdbc.queryForObject("select count(*) from media_items", Long.class);
    }

    private MediaItem stored(SignedInUser who, String name) {
        return library.upload(who.actor(), new UploadImage(TestImages.jpeg(1200, 800), name, "Alt of " + name)).item();
    }

    @Test
    void anAuthorUploadsAnImageWithItsAltTextAndSeesItsPage() throws Exception {
        String location = mvc.perform(upload(TestImages.jpeg(1200, 800), "Harbour.jpg", "Boats in the harbour")
                        .with(user(ada)).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/admin/media/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Harbour.jpg")))
                .andExpect(content().string(containsString("![Boats in the harbour](https://blog.example/media/")))
                .andExpect(content().string(containsString("1200 × 800")))
                .andExpect(content().string(containsString("Not used")));
        assertThat(items()).isEqualTo(1);
    }

    @Test
    void theEditorsScriptGetsTheMarkdownAsJson() throws Exception {
        mvc.perform(upload(TestImages.png(300, 200, true), "logo.png", "Our logo").with(user(ada)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.markdown").value(org.hamcrest.Matchers.matchesPattern(
                        "!\\[Our logo\\]\\(https://blog\\.example/media/[0-9a-f]{64}/original/logo\\.png\\)")));

        mvc.perform(upload(TestImages.svg(), "logo.svg", "Our logo").with(user(ada)).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("image"))
                .andExpect(jsonPath("$.message").value(containsString("an SVG image")));
    }

    @Test
    void everyBadUploadRedisplaysTheFormWithItsMessageAndStoresNothing() throws Exception {
        record Bad(byte[] bytes, String name, String altText, String message) {
        }
        byte[] overLimit = Arrays.copyOf(TestImages.jpeg(10, 10), 10 * 1024 * 1024 + 10);
        for (Bad bad : new Bad[] {
            new Bad(new byte[0], "empty.jpg", "Alt", "this one is empty"),
            new Bad(TestImages.truncatedJpeg(), "cut.jpg", "Alt", "damaged or incomplete"),
            new Bad(TestImages.exe(), "holiday.jpg", "Alt", "This file is a program"),
            new Bad(TestImages.pngBomb(20_000, 20_000), "bomb.png", "Alt", "20000 × 20000 pixels"),
            new Bad(TestImages.jpeg(100, 100), "a.jpg", "", "Describe the image"),
            new Bad(overLimit, "big.jpg", "Alt", "larger than 10 MB")}) {
            mvc.perform(upload(bad.bytes(), bad.name(), bad.altText()).with(user(ada)).with(csrf()).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(bad.message())))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        }
        mvc.perform(upload(TestImages.jpeg(100, 100), "a.jpg", "Kept alt").with(user(ada)).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("altText", "Kept alt"))
                .andExpect(status().isFound());
        assertThat(items()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from media_files", Long.class)).isEqualTo(1);
    }

    @Test
    void aMissingFilePartIsAFieldMessageToo() throws Exception {
        mvc.perform(multipart("/admin/media").param("altText", "Alt").with(user(ada)).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("this one is empty")));
    }

    @Test
    void anUploadWithoutCsrfIsRefused() throws Exception {
        mvc.perform(upload(TestImages.jpeg(100, 100), "a.jpg", "Alt").with(user(ada))).andExpect(status().isForbidden());
        assertThat(items()).isZero();
    }

    @Test
    void guestsAndAnonymousVisitorsCannotUpload() throws Exception {
        mvc.perform(upload(TestImages.jpeg(100, 100), "a.jpg", "Alt").with(user(guest)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(upload(TestImages.jpeg(100, 100), "a.jpg", "Alt").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/media").with(user(guest))).andExpect(status().isForbidden());
        assertThat(items()).isZero();
    }

    @Test
    void authorsSeeTheirOwnImagesAndEditorsEveryones() throws Exception {
        stored(ada, "adas-sunset.jpg");
        stored(bob, "bobs-boat.jpg");

        mvc.perform(get("/admin/media").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("adas-sunset.jpg")))
                .andExpect(content().string(not(containsString("bobs-boat.jpg"))));
        mvc.perform(get("/admin/media").with(user(editor)))
                .andExpect(content().string(containsString("adas-sunset.jpg")))
                .andExpect(content().string(containsString("bobs-boat.jpg")))
                .andExpect(content().string(containsString("Ada")));
    }

    @Test
    void theLibrarySearchesByNameOrAltTextAndPagesByKeyset() throws Exception {
        for (int i = 0; i < MediaLibraryController.PAGE_SIZE + 1; i++) {
            library.upload(ada.actor(), new UploadImage(TestImages.jpeg(40 + i, 30), "photo-" + i + ".jpg", "Picture " + i));
        }
        stored(ada, "lighthouse.jpg");

        mvc.perform(get("/admin/media").param("q", "LIGHTHOUSE").with(user(ada)))
                .andExpect(content().string(containsString("lighthouse.jpg")))
                .andExpect(content().string(not(containsString("photo-3.jpg"))));
        mvc.perform(get("/admin/media").param("q", "picture 7").with(user(ada)))
                .andExpect(content().string(containsString("photo-7.jpg")));
        String page = mvc.perform(get("/admin/media").with(user(ada))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("lighthouse.jpg", "Older images").doesNotContain("photo-0.jpg");
        String next = page.replaceAll("(?s).*href=\"/admin/media\\?after=([0-9a-f-]{36})\".*", "$1");
        mvc.perform(get("/admin/media").param("after", next).with(user(ada)))
                .andExpect(content().string(containsString("photo-0.jpg")))
                .andExpect(content().string(not(containsString("lighthouse.jpg"))));
        mvc.perform(get("/admin/media").param("after", "not a token").with(user(ada)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("lighthouse.jpg")));
    }

    @Test
    void deleteIsRefusedWhileAPostShowsTheImageAndAllowedOnceThePostIsDeleted() throws Exception {
        MediaItem photo = stored(ada, "harbour.jpg");
        String url = "https://blog.example" + photo.path("960");
        PostRef post = posts.create(ada.actor(), new PostDraft("At the harbour", null, "![Boats](" + url + ")", null, null,
                Set.of()), true);

        mvc.perform(get("/admin/media").with(user(ada)))
                .andExpect(content().string(containsString("Used in")))
                .andExpect(content().string(containsString("At the harbour")));
        mvc.perform(get("/admin/media/" + photo.id() + "/delete").with(user(ada)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("still used in a post")));
        mvc.perform(post("/admin/media/" + photo.id() + "/delete").with(user(ada)).with(csrf()))
                .andExpect(redirectedUrl("/admin/media/" + photo.id()));
        mvc.perform(get("/admin/media/" + photo.id()).with(user(ada)).flashAttr("problem", "x"))
                .andExpect(status().isOk());
        assertThat(items()).isEqualTo(1);

        posts.delete(ada.actor(), post.id());
        mvc.perform(get("/admin/media/" + photo.id() + "/delete").with(user(ada)))
                .andExpect(content().string(containsString("Delete this image?")));
        mvc.perform(post("/admin/media/" + photo.id() + "/delete").with(user(ada)).with(csrf()))
                .andExpect(redirectedUrl("/admin/media"));
        assertThat(items()).isZero();
    }

    @Test
    void otherPeoplesImagesAreRefusedAndUnknownOnesAreMissing() throws Exception {
        MediaItem adas = stored(ada, "a.jpg");

        mvc.perform(get("/admin/media/" + adas.id()).with(user(bob))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/media/" + adas.id() + "/delete").with(user(bob)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/media/" + UUID.randomUUID()).with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/media/not-an-id").with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/media/" + UUID.randomUUID() + "/delete").with(user(ada)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/media/" + adas.id()).with(user(editor))).andExpect(status().isOk());
        assertThat(library.list(ada.actor(), null, Optional.empty(), 5).items()).hasSize(1);
    }
}
