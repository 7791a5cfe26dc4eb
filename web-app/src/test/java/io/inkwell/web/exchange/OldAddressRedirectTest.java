package io.inkwell.web.exchange;

import static io.inkwell.web.security.TestAccounts.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An imported site's old addresses answer with a 301 to their posts and pages here, as the page cache runs in production. */
@WebTest(properties = "inkwell.page-cache.ttl=1h")
class OldAddressRedirectTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void addressesAnImportKept() {
        jdbc.update("""
                insert into old_addresses (path, target, source_site) values
                  ('/2019/05/hello-world', '/posts/hello-world', 'https://old.example.com'),
                  ('/?p=10', '/posts/hello-world', 'https://old.example.com'),
                  ('/2019/06/привет-мир', '/posts/privet-mir', 'https://old.example.com'),
                  ('/about', '/about', 'https://old.example.com'),
                  ('/?page_id=20', '/about', 'https://old.example.com'),
                  ('/old-contact', '/contact', 'https://old.example.com')""");
        PostRows.publishedPage(jdbc, "About", "about", "We write.", Instant.now());
        WebTestData.publishedPost(jdbc, person(jdbc, "Ada", Role.USER).id(), "Hello", "hello-world", Instant.now());
    }

    @Test
    void aPermalinkOfTheOldSiteMovesPermanentlyToThePost() throws Exception {
        mvc.perform(get("/2019/05/hello-world/"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/posts/hello-world"));
        mvc.perform(head("/2019/05/hello-world")).andExpect(status().isMovedPermanently());
    }

    @Test
    void aNonAsciiPermalinkIsFoundWhateverTheCaseOfItsEncoding() throws Exception {
        mvc.perform(get(URI.create("/2019/06/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/")))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/posts/privet-mir"));
        mvc.perform(get(URI.create("/2019/06/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%bc%d0%b8%d1%80/")))
                .andExpect(header().string("Location", "/posts/privet-mir"));
    }

    @Test
    void wordPressLinksAtTheRootMoveToThePostOrPageEvenWhenTheHomePageIsCached() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());

        mvc.perform(get("/").queryParam("p", "10"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/posts/hello-world"));
        mvc.perform(get("/").queryParam("page_id", "20"))
                .andExpect(header().string("Location", "/about"));
        mvc.perform(get("/").queryParam("p", "999")).andExpect(status().isOk());
    }

    @Test
    void aPageAddressWithTheOldTrailingSlashMovesToThePageWhichItselfIsServed() throws Exception {
        mvc.perform(get("/about/"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/about"));
        mvc.perform(get("/about")).andExpect(status().isOk()).andExpect(view().name("pages/detail"));
    }

    @Test
    void aSingleSegmentOldAddressThatIsNoPageMovesToo() throws Exception {
        mvc.perform(get("/old-contact"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/contact"));
    }

    @Test
    void unknownPathsAreNotFoundForEveryoneAndWritesAreNotRedirected() throws Exception {
        mvc.perform(get("/2019/05/never-was/")).andExpect(status().isNotFound());
        mvc.perform(get("/nothing-here")).andExpect(status().isNotFound());
        mvc.perform(get("/2019/05/never-was/").with(user(person(jdbc, "Bob", Role.GUEST)))).andExpect(status().isNotFound());
        mvc.perform(post("/2019/05/hello-world/")).andExpect(status().isForbidden());
    }
}
