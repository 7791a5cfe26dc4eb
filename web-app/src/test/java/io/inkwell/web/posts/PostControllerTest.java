package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static io.inkwell.web.support.WebTestData.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.settings.Settings;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
class PostControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    SignedInUser ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = person(jdbc, "Ada Lovelace", Role.USER);
    }

    @Test
    void anEmptyBlogSaysSo() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("posts/list"))
                .andExpect(content().string(containsString("No posts yet.")));
    }

    @Test
    void homeShowsPublishedCardsWithAuthorCategoriesAndReadingTimeButNoDrafts() throws Exception {
        UUID java = categories.create(CATEGORY_ADMIN, "Java", null).id();
        post(commands, ada, "Published notes", true, java);
        post(commands, ada, "Secret draft", false);

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/posts/published-notes\"")))
                .andExpect(content().string(containsString("Ada Lovelace")))
                .andExpect(content().string(containsString("href=\"/categories/java\"")))
                .andExpect(content().string(containsString("1 min read")))
                .andExpect(content().string(containsString("0 comments")))
                .andExpect(content().string(not(containsString("Secret draft"))));
    }

    @Test
    void olderPostsFollowTheKeysetLinkAndGarbageCursorsStartOver() throws Exception {
        for (int i = 1; i <= Settings.DEFAULT_POSTS_PER_PAGE + 2; i++) {
            post(commands, ada, "Post number " + i, true);
        }

        MvcResult first = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
        String next = (String) first.getModelAndView().getModel().get("next");

        mvc.perform(get("/").param("after", next))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Post number 2<")))
                .andExpect(content().string(containsString("Post number 1<")))
                .andExpect(content().string(containsString("Newest posts")))
                .andExpect(model().attribute("next", (Object) null));
        mvc.perform(get("/").param("after", "not-a-cursor")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Older posts")));
        mvc.perform(get("/").param("page", "-3")).andExpect(status().isOk());
    }

    @Test
    void aPostPageShowsRenderedHtmlMetaTagsAndCountsTheView() throws Exception {
        UUID java = categories.create(CATEGORY_ADMIN, "Java", null).id();
        PostRef ref = commands.create(ada.actor(), new PostDraft("Hello <world>", null, "# Heading\n\n<script>x</script>\n\n**bold**",
                "An excerpt", "https://img.example/a.png", Set.of(java)), true);

        mvc.perform(get("/posts/" + ref.slug()))
                .andExpect(status().isOk())
                .andExpect(view().name("posts/detail"))
                .andExpect(content().string(containsString("<h1>Heading</h1>")))
                .andExpect(content().string(containsString("<strong>bold</strong>")))
                .andExpect(content().string(not(containsString("<script>x"))))
                .andExpect(content().string(containsString("<title>Hello &lt;world&gt; · Inkwell</title>")))
                .andExpect(content().string(containsString("<meta name=\"description\" content=\"An excerpt\">")))
                .andExpect(content().string(containsString("property=\"og:image\" content=\"https://img.example/a.png\"")))
                .andExpect(content().string(containsString("href=\"/categories/java\"")))
                .andExpect(content().string(containsString("0 views")));
        mvc.perform(get("/posts/" + ref.slug())).andExpect(content().string(containsString("1 view<")));
    }

    @Test
    void draftsAreForTheirAuthorAndTheEditorsOnly() throws Exception {
        PostRef draft = post(commands, ada, "Work in progress", false);
        SignedInUser bob = person(jdbc, "Bob", Role.USER);
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);

        mvc.perform(get("/posts/" + draft.slug())).andExpect(status().isNotFound());
        mvc.perform(get("/posts/" + draft.slug()).with(user(bob))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/" + draft.slug()).with(user(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft: only its author and the editors can see this page.")))
                .andExpect(content().string(containsString("/posts/" + draft.id() + "/edit")));
        mvc.perform(get("/posts/" + draft.slug()).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/posts/" + draft.slug()).with(user(person(jdbc, "Eve", Role.EDITOR)))).andExpect(status().isOk());
        mvc.perform(get("/posts/" + draft.slug()).with(user(person(jdbc, "Cy", Role.CONTRIBUTOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void archivedPostsStillAnswerMarkedAsArchived() throws Exception {
        PostRef ref = post(commands, ada, "Old news", true);
        commands.archive(ada.actor(), ref.id());

        mvc.perform(get("/posts/" + ref.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("This post is archived")));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("Old news"))));
    }

    @Test
    void anOldSlugAnswers301ToTheNewOne() throws Exception {
        PostRef ref = post(commands, ada, "First name", true);
        commands.update(ada.actor(), ref.id(), 0, new PostDraft("First name", "second-name", "x", null, null, Set.of()), false);

        mvc.perform(get("/posts/first-name"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/posts/second-name"));
    }

    @Test
    void unknownOrMalformedSlugsAre404Pages() throws Exception {
        mvc.perform(get("/posts/no-such-post")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/posts/Not_A_Slug")).andExpect(status().isNotFound());
        mvc.perform(get("/posts/" + "a".repeat(400))).andExpect(status().isNotFound());
    }
}
