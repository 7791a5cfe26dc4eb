package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.DuplicateTagException;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.InvalidTagException;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostLimits;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.TagNotFoundException;
import io.inkwell.posts.TagRef;
import io.inkwell.posts.TagView;
import io.inkwell.posts.Tags;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Tags as authors make them in the editor and admins manage them. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class TagServiceTest {

    @Autowired
    Tags tags;

    @Autowired
    PostCommands commands;

    @Autowired
    PostReading reading;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor admin;

    @BeforeEach
    void givenAnAuthorAndAnAdmin() {
        jdbc.update("delete from posts");
        jdbc.update("delete from tags");
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
    }

    private PostRef post(String title, boolean publish, String... tagNames) {
        return commands.create(ada, new PostDraft(title, null, "Text", null, null, Set.of(), List.of(tagNames)), publish);
    }

    private List<String> tagNamesOf(PostRef post) {
        return authoring.forEditing(post.id(), ada).tags();
    }

    private TagView tag(String name) {
        return tags.byName(name).orElseThrow();
    }

    private int tagCount() {
        return jdbc.queryForObject("select count(*) from tags", Integer.class);
    }

    @Test
    void namesTypedInTheEditorBecomeTagsTrimmedAndWithoutRepeats() {
        PostRef post = post("First", true, "  Machine   Learning ", "java", "", "JAVA", " ", "Java ");

        assertThat(tagNamesOf(post)).containsExactly("java", "Machine Learning");
        assertThat(tag("machine learning").slug()).isEqualTo("machine-learning");
        assertThat(tag("Java").postCount()).isEqualTo(1);
        assertThat(tagCount()).isEqualTo(2);
    }

    @Test
    void controlAndSeparatorCharactersInANameAreStoredAsSpaces() {
        PostRef post = post("Hostile", true, "line\u2028break\u0085next\u007Fdel", "\u0000\uFFFF");

        assertThat(tagNamesOf(post)).containsExactly("line break next del");
    }

    @Test
    void anExistingTagIsMatchedWhateverTheCaseTyped() {
        post("First", true, "Kotlin");

        PostRef second = post("Second", true, "KOTLIN");

        assertThat(tagCount()).isEqualTo(1);
        assertThat(tagNamesOf(second)).containsExactly("Kotlin");
        assertThat(tag("kotlin").postCount()).isEqualTo(2);
    }

    @Test
    void namesWithTheSameSlugGetNumberedSlugs() {
        post("First", true, "C++", "C#", "c", "日本語");

        assertThat(List.of(tag("C++").slug(), tag("C#").slug(), tag("c").slug()))
                .containsExactlyInAnyOrder("c", "c-2", "c-3");
        assertThat(tag("日本語").slug()).as("a name without ASCII letters or digits").isEqualTo("tag");
    }

    private static String[] numberedTags(int howMany) {
        return IntStream.rangeClosed(1, howMany).mapToObj(i -> "tag" + i).toArray(String[]::new);
    }

    @Test
    void moreTagsThanTheLimitAreRefusedBesideTheField() {
        assertThatThrownBy(() -> post("Too many", true, numberedTags(PostLimits.TAGS_PER_POST_MAX + 1)))
                .isInstanceOf(InvalidPostException.class).hasMessageContaining("at most 10 tags")
                .extracting("field").isEqualTo("tags");
        assertThat(jdbc.queryForObject("select count(*) from posts", Integer.class)).isZero();
        assertThat(tagCount()).isZero();
    }

    @Test
    void aTagNameOverTheLimitIsRefusedBesideTheField() {
        assertThatThrownBy(() -> post("Too long", true, "ok", "x".repeat(PostLimits.TAG_NAME_MAX + 1)))
                .isInstanceOf(InvalidPostException.class).hasMessageContaining("at most 50 characters")
                .extracting("field").isEqualTo("tags");
        assertThat(tagCount()).isZero();
    }

    @Test
    void theLimitsThemselvesAreTakenAndRepeatsCountOnce() {
        String[] ten = numberedTags(PostLimits.TAGS_PER_POST_MAX);

        PostRef atTheLimit = post("At the limit", false, ten);
        PostRef repeats = post("Repeats count once", false, Stream.concat(Stream.of(ten), Stream.of("TAG1", "tag2")).toArray(String[]::new));
        PostRef longest = post("Longest", false, "x".repeat(PostLimits.TAG_NAME_MAX));

        assertThat(tagNamesOf(atTheLimit)).hasSize(PostLimits.TAGS_PER_POST_MAX);
        assertThat(tagNamesOf(repeats)).hasSize(PostLimits.TAGS_PER_POST_MAX);
        assertThat(tagNamesOf(longest)).containsExactly("x".repeat(PostLimits.TAG_NAME_MAX));
    }

    @Test
    void editingAPostSetsExactlyTheTagsTypedAndTheCountsFollow() {
        PostRef post = post("Post", true, "one", "two");

        commands.update(ada, post.id(), 0, new PostDraft("Post", null, "Text", null, null, Set.of(), List.of("two", "three")), false);

        assertThat(tagNamesOf(post)).containsExactly("three", "two");
        assertThat(tag("one").postCount()).isZero();
        assertThat(tag("three").postCount()).isEqualTo(1);

        commands.archive(ada, post.id());
        assertThat(tag("two").postCount()).isZero();
        commands.publish(ada, post.id());
        assertThat(tag("two").postCount()).isEqualTo(1);
    }

    @Test
    void listingsAndThePostPageCarryTheTags() {
        PostRef post = post("Tagged", true, "zeta", "Alpha");
        PostRef other = post("Other", true, "zeta");
        UUID zeta = tag("zeta").id();

        List<PostSummary> withZeta = reading.publishedWithTag(zeta, Optional.empty(), 1).items();
        assertThat(withZeta).extracting(PostSummary::slug).containsExactly(other.slug());
        assertThat(reading.published(Optional.empty(), 10).items()).filteredOn(summary -> summary.id().equals(post.id()))
                .singleElement().satisfies(summary -> assertThat(summary.tags()).extracting(TagRef::name).containsExactly("Alpha", "zeta"));
        assertThat(reading.findBySlug(post.slug(), null).orElseThrow().tags()).extracting(TagRef::slug).containsExactly("alpha", "zeta");
    }

    @Test
    void readersSeeOnlyTagsOfPublishedPosts() {
        post("Draft", false, "secret");
        post("Live", true, "public", "Popular");
        post("Also live", true, "popular");

        assertThat(tags.popular(PageRequest.first(10)).items()).extracting(TagView::name).containsExactly("Popular", "public");
        assertThat(tags.popular(new PageRequest(2, 1)).items()).extracting(TagView::name).containsExactly("public");
        assertThat(tags.popular(new PageRequest(1, 1)).hasNext()).isTrue();
        assertThat(tags.listedBySlug("secret")).isEmpty();
        assertThat(tags.listedBySlug("public")).isPresent();
        assertThat(tags.all(PageRequest.first(10)).items()).extracting(TagView::name).containsExactly("Popular", "public", "secret");
        assertThat(tags.all(PageRequest.first(10)).totalItems()).isEqualTo(3);
    }

    @Test
    void renamingMovesTheSlugAndTheOldOneAnswersForIt() {
        post("Post", true, "js");
        UUID js = tag("js").id();

        TagView renamed = tags.rename(admin, js, "  JavaScript ");

        assertThat(renamed).extracting(TagView::name, TagView::slug, TagView::postCount).containsExactly("JavaScript", "javascript", 1);
        assertThat(tags.currentSlugOf("js")).contains("javascript");
        assertThat(tags.rename(admin, js, "javascript").slug()).as("only the case changed").isEqualTo("javascript");

        tags.rename(admin, js, "js");
        assertThat(tags.listedBySlug("js")).isPresent();
        assertThat(tags.currentSlugOf("js")).as("the live tag answers its slug itself").isEmpty();
        assertThat(tags.currentSlugOf("javascript")).contains("js");
    }

    @Test
    void aNewTagTakesOverASlugThatOnlyRedirected() {
        post("Post", true, "js");
        tags.rename(admin, tag("js").id(), "JavaScript");

        post("Another", true, "JS");

        assertThat(tag("JS").slug()).isEqualTo("js");
        assertThat(tags.currentSlugOf("js")).isEmpty();
    }

    @Test
    void renamingToANameTakenWhateverItsCaseIsRefused() {
        post("Post", false, "Java", "Kotlin");

        assertThatThrownBy(() -> tags.rename(admin, tag("kotlin").id(), "JAVA")).isInstanceOf(DuplicateTagException.class)
                .hasMessageContaining("already exists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a, b", "  ", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void renamingToANameTheSiteDoesNotTakeIsRefused(String name) {
        post("Post", false, "Kotlin");

        assertThatThrownBy(() -> tags.rename(admin, tag("kotlin").id(), name)).isInstanceOf(InvalidTagException.class);
    }

    @Test
    void renamingAMissingTagIsNotFound() {
        assertThatThrownBy(() -> tags.rename(admin, UUID.randomUUID(), "Scala")).isInstanceOf(TagNotFoundException.class);
    }

    @Test
    void mergingMovesThePostsKeepsCountsExactAndRedirectsTheOldSlugs() {
        PostRef onlyJs = post("Only js", true, "js");
        PostRef both = post("Both", true, "js", "JavaScript");
        post("Draft", false, "js");
        UUID js = tag("js").id();
        tags.rename(admin, js, "ecmascript");
        tags.rename(admin, js, "es");
        UUID javascript = tag("javascript").id();

        TagView merged = tags.merge(admin, js, javascript);

        assertThat(merged.postCount()).isEqualTo(2);
        assertThat(tags.byId(js)).isEmpty();
        assertThat(tagNamesOf(onlyJs)).containsExactly("JavaScript");
        assertThat(tagNamesOf(both)).containsExactly("JavaScript");
        assertThat(List.of("js", "ecmascript", "es")).allSatisfy(old -> assertThat(tags.currentSlugOf(old)).contains("javascript"));
    }

    @Test
    void aTagIsNotMergedIntoItself() {
        post("Post", true, "one");

        assertThatThrownBy(() -> tags.merge(admin, tag("one").id(), tag("one").id())).isInstanceOf(InvalidTagException.class);
    }

    @Test
    void aTagIsNotMergedIntoAMissingTagNorAMissingOneIntoATag() {
        post("Post", true, "one");
        UUID one = tag("one").id();

        assertThatThrownBy(() -> tags.merge(admin, one, UUID.randomUUID())).isInstanceOf(TagNotFoundException.class);
        assertThatThrownBy(() -> tags.merge(admin, UUID.randomUUID(), one)).isInstanceOf(TagNotFoundException.class);
    }

    @Test
    void deletingATagTakesItOffEveryPost() {
        PostRef post = post("Post", true, "doomed", "kept");

        tags.delete(admin, tag("doomed").id());

        assertThat(tagNamesOf(post)).containsExactly("kept");
    }

    @Test
    void deletingAMissingTagIsNotFound() {
        assertThatThrownBy(() -> tags.delete(admin, UUID.randomUUID())).isInstanceOf(TagNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GUEST", "USER"})
    void onlyAdminsManageTags(Role role) {
        assertRefused(new Actor(UUID.randomUUID(), role));
    }

    @Test
    void aSuspendedAdminManagesNoTags() {
        assertRefused(new Actor(admin.userId(), Role.ADMIN, UserStatus.SUSPENDED));
    }

    private void assertRefused(Actor actor) {
        post("Post", true, "one", "two");
        UUID one = tag("one").id();
        UUID two = tag("two").id();

        assertThatThrownBy(() -> tags.rename(actor, one, "uno")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tags.merge(actor, one, two)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tags.delete(actor, one)).isInstanceOf(NotAllowedException.class);
        assertThat(tagCount()).isEqualTo(2);
        assertThat(tag("one").name()).isEqualTo("one");
    }

    @Test
    void byNameIgnoresBlankNames() {
        assertThat(tags.byName("  ")).isEmpty();
        assertThat(tags.byName(null)).isEmpty();
    }
}
