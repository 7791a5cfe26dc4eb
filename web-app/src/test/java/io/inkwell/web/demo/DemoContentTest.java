package io.inkwell.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.Categories;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PostAdministration;
import io.inkwell.posts.PostCommands;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

@WebTest
class DemoContentTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Categories categories;

    @Autowired
    PostCommands commands;

    @Autowired
    PostAdministration posts;

    @Autowired
    DemoConversations conversations;

    @Autowired
    PageCommands pages;

    @Autowired
    JdbcTemplate jdbc;

    private DemoContent with(MockEnvironment environment) {
        return new DemoContent(environment, accounts, categories, commands, posts, conversations, pages);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void onByDefaultWithTheEmbeddedDatabaseOnlyAndTheVariableWins() {
        assertThat(with(new MockEnvironment()).enabled()).isTrue();
        assertThat(with(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")).enabled()).isFalse();
        assertThat(with(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("INKWELL_DEMO", "true")).enabled()).isTrue();
        assertThat(with(new MockEnvironment().withProperty("INKWELL_DEMO", "false")).enabled()).isFalse();
    }

    @Test
    void anEmptySiteGetsAuthorsCategoriesAndPublishedMarkdownPostsOnce() {
        DemoContent demo = with(new MockEnvironment().withProperty("INKWELL_DEMO", "true"));

        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        assertThat(count("posts")).isEqualTo(DemoContent.posts().size()).isGreaterThanOrEqualTo(12);
        assertThat(count("users")).isEqualTo(DemoPosts.AUTHORS.length);
        assertThat(count("categories")).isEqualTo(DemoPosts.CATEGORIES.length);
        assertThat(jdbc.queryForObject("select count(*) from posts where content_html like '%<h2>%' or content_html like '%<pre>%'",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select sum(post_count) from categories", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from post_categories", Integer.class));
        assertThat(jdbc.queryForList("select slug from pages where status = 'published'", String.class)).containsExactly("about");
    }

    @Test
    void nothingHappensWhenDisabled() {
        with(new MockEnvironment().withProperty("INKWELL_DEMO", "false")).run(new DefaultApplicationArguments());

        assertThat(count("posts")).isZero();
    }
}
