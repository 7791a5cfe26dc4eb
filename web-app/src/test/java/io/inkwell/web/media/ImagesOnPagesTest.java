package io.inkwell.web.media;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.db.test.StatementCounter;
import io.inkwell.media.MediaItem;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.UploadImage;
import io.inkwell.media.test.TestImages;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The library's images on the pages that show them: srcset, sizes, width and height, lazy below the first. */
@WebTest
class ImagesOnPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaLibrary library;

    @Autowired
    PostCommands posts;

    @Autowired
    SqlSessionFactory sessions;

    SignedInUser ada;
    MediaItem wide;
    MediaItem small;

    @BeforeEach
    void givenTwoImages() {
        ada = person(jdbc, "Ada", Role.USER);
        wide = library.upload(ada.actor(), new UploadImage(TestImages.jpeg(2000, 1000), "Wide view.jpg", "A wide view")).item();
        small = library.upload(ada.actor(), new UploadImage(TestImages.png(300, 200, false), "badge.png", "A badge")).item();
    }

    private Document page(String path, SignedInUser who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(user(who));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void publish(String title, String content, String featured) {
        posts.create(ada.actor(), new PostDraft(title, null, content, null, featured, Set.of()), true);
    }

    @Test
    void aPostShowsItsFeaturedImageAndTheLibrarysImagesInItsTextWithEveryStoredWidth() throws Exception {
        publish("Harbour", "Text.\n\n![A wide view](https://blog.example" + wide.path("original") + ")\n\n"
                + "![A badge](" + small.path("original") + ")\n\n![Elsewhere](https://cdn.example/cat.png)",
                "https://blog.example" + wide.path("960"));

        Document post = page("/posts/harbour", null);

        Element featured = post.selectFirst("img.featured");
        assertThat(featured.attr("srcset")).isEqualTo(String.join(", ",
                wide.path("480") + " 480w", wide.path("960") + " 960w", wide.path("1600") + " 1600w"));
        assertThat(featured.attr("src")).isEqualTo(wide.path("960"));
        assertThat(featured.attr("width")).isEqualTo("2000");
        assertThat(featured.attr("height")).isEqualTo("1000");
        assertThat(featured.attr("sizes")).isEqualTo(ResponsiveImages.SIZES);
        assertThat(featured.hasAttr("loading")).isFalse();

        List<Element> body = post.select(".post-body img");
        assertThat(body).hasSize(3);
        assertThat(body.get(0).attr("alt")).isEqualTo("A wide view");
        assertThat(body.get(0).attr("srcset")).contains(wide.path("1600") + " 1600w");
        assertThat(body.get(1).attr("srcset")).isEqualTo(small.path("original") + " 300w");
        assertThat(body.get(1).attr("width")).isEqualTo("300");
        assertThat(body.get(2).attr("src")).isEqualTo("https://cdn.example/cat.png");
        assertThat(body.get(2).hasAttr("srcset")).isFalse();
        assertThat(body).allSatisfy(image -> assertThat(image.attr("loading")).isEqualTo("lazy"));
    }

    @Test
    void withoutAFeaturedImageTheFirstImageOfTheTextLoadsAtOnce() throws Exception {
        publish("Two", "![A](" + small.path("original") + ")\n\n![B](" + wide.path("480") + ")", null);

        List<Element> body = page("/posts/two", null).select(".post-body img");

        assertThat(body.get(0).hasAttr("loading")).isFalse();
        assertThat(body.get(1).attr("loading")).isEqualTo("lazy");
    }

    @Test
    void cardsShowTheirFeaturedImageResponsiveTheFirstAtOnceTheRestLazily() throws Exception {
        publish("Older", "Text", "https://blog.example" + small.path("original"));
        publish("Newer", "Text", "https://blog.example" + wide.path("960"));
        publish("Elsewhere", "Text", "https://cdn.example/cat.png");

        List<Element> images = page("/", null).select(".card-image img");

        assertThat(images).hasSize(3);
        assertThat(images.get(0).attr("src")).isEqualTo("https://cdn.example/cat.png");
        assertThat(images.get(0).hasAttr("loading")).isFalse();
        assertThat(images.get(1).attr("srcset")).contains(wide.path("480") + " 480w");
        assertThat(images.get(1).attr("width")).isEqualTo("2000");
        assertThat(images.get(1).attr("loading")).isEqualTo("lazy");
        assertThat(images.get(2).attr("srcset")).isEqualTo(small.path("original") + " 300w");
    }

    @Test
    void theEditorOffersAnUploadBesideTheContentAndAPickerForTheFeaturedImage() throws Exception {
        Document editor = page("/posts/new", ada);

        Element upload = editor.getElementById("editor-upload");
        assertThat(upload.attr("action")).isEqualTo("/admin/media");
        assertThat(upload.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(upload.attr("data-max-bytes")).isEqualTo(String.valueOf(10 * 1024 * 1024));
        assertThat(upload.select("input[name=_csrf]")).hasSize(1);
        assertThat(editor.select("label[for=editor-upload-image]").text()).isEqualTo("Image");
        assertThat(editor.select("label[for=editor-upload-alt]").text()).isEqualTo("Alt text");
        assertThat(editor.select("button[form=editor-upload]").text()).isEqualTo("Upload image");
        assertThat(editor.select("input[form=editor-upload]")).hasSize(2);
        assertThat(editor.select("[data-featured-url]")).extracting(element -> element.attr("data-featured-url"))
                .containsExactly("https://blog.example" + small.path("original"), "https://blog.example" + wide.path("1600"));
        assertThat(editor.select("script[src=/js/media-upload.js]")).hasSize(1);
    }

    @Test
    void pagesWithTheLibrarysImagesStayWithinTheirStatementBudgets() throws Exception {
        publish("Harbour", "![A wide view](" + wide.path("480") + ")", "https://blog.example" + wide.path("960"));
        MediaItem[] more = new MediaItem[3];
        for (int i = 0; i < more.length; i++) {
            more[i] = library.upload(ada.actor(), new UploadImage(TestImages.jpeg(500 + i, 300), "m" + i + ".jpg", "M" + i)).item();
            publish("Post " + i, "![M](" + more[i].path("original") + ")", "https://blog.example" + more[i].path("480"));
        }
        StatementCounter statements = StatementCounter.installedIn(sessions);
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);

        for (String path : List.of("/posts/harbour", "/", "/admin/media")) {
            statements.reset();
            page(path, path.startsWith("/admin") ? admin : null);
            // A signed-in request may also cost the session check, cached for a few seconds: always counted here.
            boolean uncountedSessionCheck = path.startsWith("/admin")
                    && statements.countOf("io.inkwell.users.internal.UserMapper.selectSessionAccountById") == 0;
            assertThat(statements.count() + (uncountedSessionCheck ? 1 : 0)).as(path + ": " + statements.statementIds())
                    .isLessThanOrEqualTo(path.startsWith("/posts/") ? 8 : 6);
        }
    }
}
