package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.PageAdministration;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page command and admin read asks the actor, whatever route it came by: only an active admin may; an
 * author, a guest and a suspended admin are refused, and a refused command changes nothing.
 */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PageAccessRulesTest {

    enum Who { ADMIN, SUSPENDED_ADMIN, AUTHOR, GUEST }

    interface Command {
        void run(PageCommands commands, PageAdministration administration, Actor actor, UUID pageId);
    }

    static final Map<String, Command> COMMANDS = Map.of(
            "create", (commands, administration, actor, pageId) -> commands.create(actor, draft("New"), false),
            "list", (commands, administration, actor, pageId) -> administration.pages(actor, PageRequest.first(10)),
            "open the editor of", (commands, administration, actor, pageId) -> administration.forEditing(pageId, actor),
            "update", (commands, administration, actor, pageId) -> commands.update(actor, pageId, 0, draft("Edited"), false),
            "preview", (commands, administration, actor, pageId) -> commands.preview(actor, "**x**"),
            "publish", (commands, administration, actor, pageId) -> commands.publish(actor, pageId),
            "return to draft", (commands, administration, actor, pageId) -> commands.returnToDraft(actor, pageId),
            "delete", (commands, administration, actor, pageId) -> commands.delete(actor, pageId));

    @Autowired
    PageCommands commands;

    @Autowired
    PageAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    UUID page;

    @BeforeEach
    void givenADraftPage() {
        jdbc.update("delete from pages");
        page = commands.create(new Actor(UUID.randomUUID(), Role.ADMIN), draft("About"), false).id();
    }

    private static PageDraft draft(String title) {
        return new PageDraft(title, null, "Text");
    }

    private static Actor actor(Who who) {
        return switch (who) {
            case ADMIN -> new Actor(UUID.randomUUID(), Role.ADMIN);
            case SUSPENDED_ADMIN -> new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED);
            case AUTHOR -> new Actor(UUID.randomUUID(), Role.USER);
            case GUEST -> new Actor(UUID.randomUUID(), Role.GUEST);
        };
    }

    static Stream<Arguments> rules() {
        return COMMANDS.keySet().stream().sorted().flatMap(command -> Stream.of(Who.values())
                .map(who -> Arguments.of(who, command, who == Who.ADMIN)));
    }

    @ParameterizedTest(name = "{0} may {1} a page: {2}")
    @MethodSource("rules")
    void eachCommandAsksTheActor(Who who, String command, boolean allowed) {
        Actor actor = actor(who);
        String before = snapshot();

        if (allowed) {
            assertThatCode(() -> COMMANDS.get(command).run(commands, administration, actor, page)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> COMMANDS.get(command).run(commands, administration, actor, page))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(snapshot()).as("a refused command changes nothing").isEqualTo(before);
        }
    }

    private String snapshot() {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(string_agg(title || status || version, ',' order by id), '')"
                + " from pages", String.class);
    }
}
