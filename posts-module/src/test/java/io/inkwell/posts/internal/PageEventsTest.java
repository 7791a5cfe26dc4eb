package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PagePublished;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** What the posts context announces of static pages: a page going public, whichever way it went. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
@RecordApplicationEvents
class PageEventsTest {

    @Autowired
    PageCommands commands;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    Actor admin;

    @BeforeEach
    void givenAnAdminAndNoPages() {
        jdbc.update("delete from pages");
        admin = new Actor(UUID.randomUUID(), Role.ADMIN);
    }

    private static PageDraft page(String title) {
        return new PageDraft(title, null, "Text");
    }

    @Test
    void aPageGoingPublicIsAnnouncedOnceEachTimeWithItsSlugAndVersion() {
        PageRef created = commands.create(admin, page("About"), true);
        PageRef fromTheForm = commands.create(admin, page("Contact"), false);
        PageRef fromTheList = commands.create(admin, page("Imprint"), false);

        commands.update(admin, fromTheForm.id(), 0, page("Contact"), true);
        commands.update(admin, fromTheForm.id(), 1, page("Contact us"), true);
        commands.publish(admin, fromTheList.id());
        commands.publish(admin, fromTheList.id());

        assertThat(events.stream(PagePublished.class))
                .extracting(PagePublished::pageId, PagePublished::slug, PagePublished::version)
                .containsExactly(tuple(created.id(), "about", 0), tuple(fromTheForm.id(), "contact", 1),
                        tuple(fromTheList.id(), "imprint", 1));
        assertThat(events.stream(PagePublished.class)).allSatisfy(published -> assertThat(published.publishedAt()).isNotNull());
    }

    @Test
    void draftsAndReturningToDraftAnnounceNothing() {
        PageRef page = commands.create(admin, page("Later"), false);
        commands.update(admin, page.id(), 0, page("Still later"), false);
        commands.returnToDraft(admin, page.id());

        assertThat(events.stream(PagePublished.class)).isEmpty();
    }
}
