package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentAuthoring;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.EditComment;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
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
 * Every comment command asks the actor: Ada's comment against Ada as its author (a user, or a guest: guests
 * comment too), Ada suspended, Bob (another reader) and an admin, who deletes anyone's comment but edits only
 * their own.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class CommentAccessRulesTest {

    enum Who { AUTHOR, AUTHOR_AS_GUEST, SUSPENDED_AUTHOR, OTHER_READER, ADMIN }

    interface Command {
        void run(CommentCommands commands, CommentAuthoring authoring, Actor actor, UUID postId, UUID commentId);
    }

    static final Map<String, Command> COMMANDS = Map.of(
            "comment on the post of", (commands, authoring, actor, post, comment) ->
                    commands.add(actor, new AddComment(post, null, "Me too")),
            "reply to", (commands, authoring, actor, post, comment) -> commands.add(actor, new AddComment(post, comment, "Agreed")),
            "open the edit form of", (commands, authoring, actor, post, comment) -> authoring.forEditing(actor, comment),
            "edit", (commands, authoring, actor, post, comment) -> commands.edit(actor, new EditComment(comment, "Changed")),
            "open the delete form of", (commands, authoring, actor, post, comment) -> authoring.forDeleting(actor, comment),
            "delete", (commands, authoring, actor, post, comment) -> commands.delete(actor, comment));

    private static final Set<String> WRITING = Set.of("comment on the post of", "reply to");
    private static final Set<String> DELETING = Set.of("open the delete form of", "delete");

    @Autowired
    CommentCommands commands;

    @Autowired
    CommentAuthoring authoring;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;
    UUID bob;
    UUID post;
    UUID comment;

    @BeforeEach
    void givenAdasComment() {
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
        post = publishedPost(jdbc);
        comment = commands.add(new Actor(ada, Role.USER), new AddComment(post, null, "First!")).id();
    }

    private Actor actor(Who who) {
        return switch (who) {
            case AUTHOR -> new Actor(ada, Role.USER);
            case AUTHOR_AS_GUEST -> new Actor(ada, Role.GUEST);
            case SUSPENDED_AUTHOR -> new Actor(ada, Role.USER, UserStatus.SUSPENDED);
            case OTHER_READER -> new Actor(bob, Role.GUEST);
            case ADMIN -> new Actor(author(jdbc, "Root"), Role.ADMIN);
        };
    }

    static Stream<Arguments> rules() {
        return COMMANDS.keySet().stream().sorted().flatMap(command -> Stream.of(Who.values()).map(who ->
                Arguments.of(who, command, switch (who) {
                    case AUTHOR, AUTHOR_AS_GUEST -> true;
                    case SUSPENDED_AUTHOR -> false;
                    case OTHER_READER -> WRITING.contains(command);
                    case ADMIN -> WRITING.contains(command) || DELETING.contains(command);
                })));
    }

    @ParameterizedTest(name = "{0} may {1} Ada''s comment: {2}")
    @MethodSource("rules")
    void eachCommandAsksTheActor(Who who, String command, boolean allowed) {
        Actor actor = actor(who);
        String before = snapshot();

        if (allowed) {
            assertThatCode(() -> COMMANDS.get(command).run(commands, authoring, actor, post, comment)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> COMMANDS.get(command).run(commands, authoring, actor, post, comment))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(snapshot()).as("a refused command changes nothing").isEqualTo(before);
        }
    }

    private String snapshot() {
        return jdbc.queryForObject("select count(*) || ':' || string_agg(content || is_edited || coalesce(deleted_at::text, ''), ',')"
                + " from comments where post_id = ?", String.class, post);
    }
}
