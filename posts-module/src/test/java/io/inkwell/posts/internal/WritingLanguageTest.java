package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.PageRequest;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PageAdministration;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PageHit;
import io.inkwell.posts.ImportedPage;
import io.inkwell.posts.ImportedPost;
import io.inkwell.posts.PageReading;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostImports;
import io.inkwell.posts.PostStatus;
import io.inkwell.posts.PageRef;
import io.inkwell.posts.PostAuthoring;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SearchHit;
import io.inkwell.posts.SeoFields;
import io.inkwell.settings.SiteLanguage;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The language a post or a page is written in: the site's unless the author chooses another the site offers, kept
 * on an edit that does not name one, and the language search reads it in; a query is read in the site's language.
 * The site's language is committed (the settings are read on a thread of their own), so these tests truncate.
 */
@SpringBootTest(classes = PostsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class WritingLanguageTest {

    @Autowired
    PostCommands posts;

    @Autowired
    PostAuthoring authoring;

    @Autowired
    PostReading reading;

    @Autowired
    PageCommands pages;

    @Autowired
    PageAdministration pageAdministration;

    @Autowired
    PageReading pageReading;

    @Autowired
    PostImports imports;

    @Autowired
    SiteSettings site;

    @Autowired
    JdbcTemplate jdbc;

    Actor ada;
    Actor admin;

    @BeforeEach
    void givenAnAuthorAndAnAdmin() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        admin = new Actor(UUID.randomUUID(), Role.ADMIN);
    }

    @AfterEach
    void theSiteIsEnglishAgain() {
        jdbc.update("delete from site_settings");
        site.reload();
    }

    private void siteIn(String language) {
        SettingsRows.language(jdbc, language);
        site.reload();
    }

    private static PostDraft post(String title, String content, String language) {
        return new PostDraft(title, null, content, null, null, Set.of(), List.of(), SeoFields.NONE, language);
    }

    private PostRef publish(String title, String content, String language) {
        return posts.create(ada, post(title, content, language), true);
    }

    private List<String> titlesFound(String query) {
        return reading.search(query, PageRequest.first(10)).hits().stream().map(hit -> hit.post().title()).toList();
    }

    @Test
    void aNewPostIsWrittenInTheSitesLanguage() {
        siteIn("de");

        PostRef german = publish("Wohnen", "Wir wohnen in alten Häusern.", null);

        assertThat(authoring.forEditing(german.id(), ada).language()).isEqualTo(SiteLanguage.GERMAN);
        assertThat(reading.findBySlug(german.slug(), null).orElseThrow().language()).isEqualTo(SiteLanguage.GERMAN);
        assertThat(titlesFound("Häuser")).containsExactly("Wohnen");
    }

    @Test
    void anImportThatNamesNoLanguageWritesInTheSitesLanguage() {
        siteIn("de");
        Instant may2019 = Instant.parse("2019-05-04T10:15:30Z");

        imports.importPosts(admin, List.of(new ImportedPost(ada.userId(), "Wohnen", null, "<p>Wir wohnen in alten Häusern.</p>",
                null, null, PostStatus.PUBLISHED, may2019, may2019, may2019, Set.of(), List.of(), null)));
        imports.importPages(admin, List.of(new ImportedPage("Impressum", null, "<p>Unsere Häuser</p>", PageStatus.PUBLISHED,
                may2019, may2019, may2019, null)));

        assertThat(jdbc.queryForList("select language from posts union all select language from pages", String.class))
                .containsExactly("de", "de");
        assertThat(titlesFound("Häuser")).containsExactly("Wohnen");
    }

    @Test
    void anAuthorMayWriteInAnotherLanguageTheSiteOffers() {
        PostRef german = publish("Wohnen", "Wir wohnen in alten Häusern.", "de");
        PostRef english = publish("Mornings", "She runs along the lake.", " ");

        assertThat(authoring.forEditing(german.id(), ada).language()).isEqualTo(SiteLanguage.GERMAN);
        assertThat(authoring.forEditing(english.id(), ada).language()).as("blank: the site's").isEqualTo(SiteLanguage.ENGLISH);
    }

    @Test
    void aLanguageTheSiteDoesNotOfferIsRefusedBesideItsFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> publish("Bonjour", "Les maisons", "fr")).isInstanceOfSatisfying(InvalidPostException.class,
                e -> assertThat(e.field()).isEqualTo("language"));
        PostRef saved = publish("Hello", "Text", "en");
        assertThatThrownBy(() -> posts.update(ada, saved.id(), 0, post("Hello", "Text", "xx"), false))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.field()).isEqualTo("language"));

        assertThat(jdbc.queryForList("select title || ':' || language || ':' || version from posts", String.class))
                .containsExactly("Hello:en:0");
    }

    @Test
    void anEditThatNamesNoLanguageKeepsThePostsOwnWhateverTheSitesIs() {
        PostRef german = publish("Wohnen", "Wir wohnen in alten Häusern.", "de");

        posts.update(ada, german.id(), 0, new PostDraft("Wohnen am See", null, "Wir wohnen in alten Häusern.", null, null,
                Set.of()), false);

        assertThat(authoring.forEditing(german.id(), ada).language()).isEqualTo(SiteLanguage.GERMAN);
    }

    /** The German site reads "Häuser" as 'haus': found only once the post is indexed by the German rules. */
    @Test
    void changingAPostsLanguageReIndexesIt() {
        siteIn("de");
        PostRef post = publish("Wohnen", "Wir wohnen in alten Häusern.", "en");
        assertThat(titlesFound("Häuser")).isEmpty();

        posts.update(ada, post.id(), 0, post("Wohnen", "Wir wohnen in alten Häusern.", "de"), false);

        assertThat(titlesFound("Häuser")).containsExactly("Wohnen");
    }

    @Test
    void searchReadsTheQueryInTheSitesLanguageAndMarksEachPostsOwnWordForms() {
        publish("Mornings", "She runs along the lake every morning.", "en");
        publish("Wohnen", "Wir wohnen in alten Häusern am See.", "de");

        List<SearchHit> english = reading.search("running", PageRequest.first(10)).hits();
        siteIn("de");
        List<SearchHit> german = reading.search("Häuser", PageRequest.first(10)).hits();

        assertThat(english).extracting(hit -> hit.post().title()).containsExactly("Mornings");
        assertThat(english.get(0).snippetHtml()).contains("<mark>runs</mark>");
        assertThat(german).extracting(hit -> hit.post().title()).containsExactly("Wohnen");
        assertThat(german.get(0).snippetHtml()).contains("<mark>Häusern</mark>");
    }

    @Test
    void aPageIsWrittenInTheSitesLanguageUnlessAnotherIsChosenAndChangingItReIndexesIt() {
        siteIn("de");
        PageRef impressum = pages.create(admin, new PageDraft("Impressum", null, "Unsere Häusern stehen am See."), true);
        PageRef about = pages.create(admin, new PageDraft("About", null, "Our houses stand by the lake.", "en"), true);

        assertThat(pageAdministration.forEditing(impressum.id(), admin).language()).isEqualTo(SiteLanguage.GERMAN);
        assertThat(pageReading.published("about").orElseThrow().language()).isEqualTo(SiteLanguage.ENGLISH);
        assertThat(pageReading.search("Häuser", 3)).extracting(PageHit::slug).containsExactly("impressum");

        pages.update(admin, impressum.id(), 0, new PageDraft("Impressum", null, "Unsere Häusern stehen am See.", "en"), true);

        assertThat(pageReading.search("Häuser", 3)).as("indexed by the English rules now").isEmpty();
        assertThat(pageAdministration.forEditing(about.id(), admin).language()).isEqualTo(SiteLanguage.ENGLISH);
    }

    @Test
    void aPageInALanguageTheSiteDoesNotOfferIsRefusedBesideItsField() {
        assertThatThrownBy(() -> pages.create(admin, new PageDraft("À propos", null, "Texte", "fr"), false))
                .isInstanceOfSatisfying(InvalidPageException.class, e -> assertThat(e.field()).isEqualTo("language"));

        assertThat(jdbc.queryForObject("select count(*) from pages", Integer.class)).isZero();
    }
}
