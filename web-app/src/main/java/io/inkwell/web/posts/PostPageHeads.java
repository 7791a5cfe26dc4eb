package io.inkwell.web.posts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.inkwell.posts.PostDetail;
import io.inkwell.posts.SeoFields;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.JsonLd;
import io.inkwell.web.site.SiteUrls;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Makes a post page's {@link PostPageHead} from the post and its author: no statement of its own. The author's
 * search engine title is the whole {@code <title>} (they chose what results pages show); OpenGraph, the
 * Twitter card and JSON-LD keep the post's own title, as the headline people share.
 */
@Component
class PostPageHeads {

    private final SiteUrls urls;
    private final CurrentSite currentSite;

    PostPageHeads(SiteUrls urls, CurrentSite currentSite) {
        this.urls = urls;
        this.currentSite = currentSite;
    }

    /** @param authorName the author's name as the page shows it */
    PostPageHead of(PostDetail post, String authorName) {
        SeoFields seo = post.seo();
        String site = currentSite.view().title();
        String description = seo.description() != null ? seo.description() : blankToNull(post.excerpt());
        String url = urls.post(post.slug());
        String authorUrl = urls.author(post.authorId());
        String image = post.featuredImageUrl();
        String published = iso(post.publishedAt());
        String modified = iso(post.updatedAt() != null ? post.updatedAt() : post.publishedAt());
        BlogPosting posting = new BlogPosting(post.title(), description, url, new WebPage(url), published, modified, image,
                new Person(authorName, authorUrl), new Organization(site, urls.home()));
        return new PostPageHead(seo.title(), description, seo.hiddenFromSearch(), url, post.title(), site, image,
                image != null ? "summary_large_image" : "summary", authorUrl, published, modified, JsonLd.write(posting));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** schema.org's BlogPosting, with what search engines use of it; absent values are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@context", "@type"})
    record BlogPosting(String headline, String description, String url, WebPage mainEntityOfPage, String datePublished,
                       String dateModified, String image, Person author, Organization publisher) {

        @JsonProperty("@context")
        String context() {
            return "https://schema.org";
        }

        @JsonProperty("@type")
        String type() {
            return "BlogPosting";
        }
    }

    @JsonPropertyOrder("@type")
    record WebPage(@JsonProperty("@id") String id) {

        @JsonProperty("@type")
        String type() {
            return "WebPage";
        }
    }

    @JsonPropertyOrder("@type")
    record Person(String name, String url) {

        @JsonProperty("@type")
        String type() {
            return "Person";
        }
    }

    @JsonPropertyOrder("@type")
    record Organization(String name, String url) {

        @JsonProperty("@type")
        String type() {
            return "Organization";
        }
    }
}
