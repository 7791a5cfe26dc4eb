package io.inkwell.web.demo;

import io.inkwell.posts.Categories;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostAdministration;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * INKWELL_DEMO: on an empty database, a small living blog written through the services, so it obeys
 * every rule (slugs, sanitising, counters). On by default with the embedded database only.
 */
@Component
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Environment environment;
    private final UserAccounts accounts;
    private final Categories categories;
    private final PostCommands commands;
    private final PostAdministration posts;
    private final DemoConversations conversations;
    private final PageCommands pages;

    DemoContent(Environment environment, UserAccounts accounts, Categories categories, PostCommands commands,
                PostAdministration posts, DemoConversations conversations, PageCommands pages) {
        this.environment = environment;
        this.accounts = accounts;
        this.categories = categories;
        this.commands = commands;
        this.posts = posts;
        this.conversations = conversations;
        this.pages = pages;
    }

    boolean enabled() {
        String flag = environment.getProperty("INKWELL_DEMO", environment.getProperty("inkwell.demo", ""));
        if (!flag.isBlank()) {
            return Boolean.parseBoolean(flag.strip());
        }
        return !environment.containsProperty("spring.datasource.url");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        if (posts.countByStatus().values().stream().mapToLong(Long::longValue).sum() > 0) {
            return;
        }
        try {
            load();
        } catch (AccountFieldException e) {
            log.info("Demo content skipped: its authors already exist ({})", e.getMessage());
        }
    }

    void load() {
        Map<String, Actor> authors = new HashMap<>();
        for (String[] author : DemoPosts.AUTHORS) {
            UUID id = accounts.register(new RegisterUser(author[1], author[0], randomPassword()));
            authors.put(author[0], new Actor(id, Role.USER));
        }
        // The demo sets its categories up with an admin's authority, as the site's owner would; nothing
        // records who made a category, so the first demo author's id stands in for that owner.
        Actor owner = new Actor(authors.get(DemoPosts.AUTHORS[0][0]).userId(), Role.ADMIN);
        Map<String, UUID> categoryIds = new HashMap<>();
        for (String[] category : DemoPosts.CATEGORIES) {
            categoryIds.put(category[0], categories.create(owner, category[0], category[1]).id());
        }
        List<UUID> postIds = new ArrayList<>();
        for (DemoPosts.Post post : DemoPosts.POSTS) {
            Set<UUID> chosen = Set.copyOf(post.categories().stream().map(categoryIds::get).toList());
            postIds.add(commands.create(authors.get(post.author()), new PostDraft(post.title(), null, post.markdown(), null,
                    post.image(), chosen, post.tags()), true).id());
        }
        int comments = conversations.write(List.copyOf(authors.values()), postIds);
        pages.create(owner, new PageDraft("About", null, DemoPosts.ABOUT), true);
        log.info("Loaded demo content: {} authors, {} categories, {} posts, {} comments", authors.size(), categoryIds.size(),
                DemoPosts.POSTS.size(), comments);
    }

    /** Demo authors never log in; their passwords are random and not shown anywhere. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static List<DemoPosts.Post> posts() {
        return DemoPosts.POSTS;
    }
}
