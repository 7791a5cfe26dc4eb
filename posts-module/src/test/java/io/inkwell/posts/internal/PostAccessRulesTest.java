package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.PublishTime;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
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
 * Every post command asks the actor, whatever route it came by: Ada's draft against Ada as its author,
 * Ada demoted to contributor (she keeps editing and submitting her draft, and may not publish it), Ada demoted to
 * guest, Ada suspended, Bob (another author), Cy (another contributor), an editor and an admin.
 */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PostAccessRulesTest {

    enum Who { AUTHOR, AUTHOR_DEMOTED_TO_CONTRIBUTOR, AUTHOR_DEMOTED_TO_GUEST, SUSPENDED_AUTHOR, OTHER_AUTHOR, OTHER_CONTRIBUTOR,
        EDITOR, ADMIN }

    /** What a contributor may do with their own draft. */
    static final Set<String> CONTRIBUTORS_OWN = Set.of("create", "open the edit form of", "update", "submit for review of");

    interface Command {
        void run(PostCommands commands, PostAuthoring authoring, Actor actor, UUID postId);
    }

    static final Map<String, Command> COMMANDS = Map.ofEntries(
            command("create", (commands, authoring, actor, postId) -> commands.create(actor, draft("New"), false)),
            command("open the edit form of", (commands, authoring, actor, postId) -> authoring.forEditing(postId, actor)),
            command("update", (commands, authoring, actor, postId) -> commands.update(actor, postId, 0, draft("Edited"), false)),
            command("update and publish", (commands, authoring, actor, postId) ->
                    commands.update(actor, postId, 0, draft("Out"), true)),
            command("submit for review of", (commands, authoring, actor, postId) -> commands.submitForReview(actor, postId)),
            command("schedule", (commands, authoring, actor, postId) -> commands.schedule(actor, postId,
                    PublishTime.of(Instant.now().plus(1, ChronoUnit.DAYS), ZoneOffset.UTC))),
            command("publish", (commands, authoring, actor, postId) -> commands.publish(actor, postId)),
            command("archive", (commands, authoring, actor, postId) -> commands.archive(actor, postId)),
            command("return to draft", (commands, authoring, actor, postId) -> commands.returnToDraft(actor, postId)),
            command("delete", (commands, authoring, actor, postId) -> commands.delete(actor, postId)));

    private static Map.Entry<String, Command> command(String name, Command command) {
        return Map.entry(name, command);
    }

    @Autowired
    PostCommands commands;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID bob;
    UUID post;

    @BeforeEach
    void givenAdasDraft() {
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
        post = commands.create(new Actor(ada, Role.USER), draft("Ada's"), false).id();
    }

    private static PostDraft draft(String title) {
        return new PostDraft(title, null, "Text", null, null, Set.of());
    }

    private Actor actor(Who who) {
        return switch (who) {
            case AUTHOR -> new Actor(ada, Role.USER);
            case AUTHOR_DEMOTED_TO_CONTRIBUTOR -> new Actor(ada, Role.CONTRIBUTOR);
            case AUTHOR_DEMOTED_TO_GUEST -> new Actor(ada, Role.GUEST);
            case SUSPENDED_AUTHOR -> new Actor(ada, Role.USER, UserStatus.SUSPENDED);
            case OTHER_AUTHOR -> new Actor(bob, Role.USER);
            case OTHER_CONTRIBUTOR -> new Actor(author(jdbc, "Cy"), Role.CONTRIBUTOR);
            case EDITOR -> new Actor(author(jdbc, "Eve"), Role.EDITOR);
            case ADMIN -> new Actor(author(jdbc, "Root"), Role.ADMIN);
        };
    }

    static Stream<Arguments> rules() {
        return COMMANDS.keySet().stream().sorted().flatMap(command -> Stream.of(Who.values()).map(who ->
                Arguments.of(who, command, switch (who) {
                    case AUTHOR, EDITOR, ADMIN -> true;
                    case AUTHOR_DEMOTED_TO_CONTRIBUTOR -> CONTRIBUTORS_OWN.contains(command);
                    case OTHER_AUTHOR, OTHER_CONTRIBUTOR -> command.equals("create");
                    case AUTHOR_DEMOTED_TO_GUEST, SUSPENDED_AUTHOR -> false;
                })));
    }

    @ParameterizedTest(name = "{0} may {1} Ada''s post: {2}")
    @MethodSource("rules")
    void eachCommandAsksTheActor(Who who, String command, boolean allowed) {
        Actor actor = actor(who);
        String before = snapshot();

        if (allowed) {
            assertThatCode(() -> COMMANDS.get(command).run(commands, authoring, actor, post)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> COMMANDS.get(command).run(commands, authoring, actor, post))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(snapshot()).as("a refused command changes nothing").isEqualTo(before);
        }
    }

    private String snapshot() {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(string_agg(title || status || version, ',' order by id), '')"
                + " from posts where author_id in (?, ?)", String.class, ada, bob);
    }
}
