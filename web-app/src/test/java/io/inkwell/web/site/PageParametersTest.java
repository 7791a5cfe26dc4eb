package io.inkwell.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageParametersTest {

    private static MockHttpServletRequest request(String path, String... namesAndValues) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    @Test
    void aPageIsKeyedOnTheParametersItReadsInAStableOrder() {
        assertThat(PageParameters.readQuery("/search", request("/search", "page", "2", "utm_source", "x", "q", "a b&c")))
                .hasValue("page=2&q=a+b%26c");
        assertThat(PageParameters.readQuery("/search", request("/search", "q", "a b&c", "page", "2")))
                .hasValue("page=2&q=a+b%26c");
        assertThat(PageParameters.readQuery("/posts/notes", request("/posts/notes", "replyTo", "r", "after", "x", "ref", "y")))
                .hasValue("after=x&replyTo=r");
        assertThat(PageParameters.readQuery("/", request("/", "fbclid", "z"))).hasValue("");
    }

    @Test
    void everyValueOfARepeatedParameterCountsInItsOrder() {
        assertThat(PageParameters.readQuery("/search", request("/search", "q", "b", "q", "a")))
                .hasValue("q=b&q=a");
    }

    @Test
    void pagesOutsideThePublicReadingRoutesHaveNoKey() {
        assertThat(PageParameters.readQuery("/login", request("/login"))).isEmpty();
        assertThat(PageParameters.readQuery("/posts/notes/edit", request("/posts/notes/edit"))).isEmpty();
        assertThat(PageParameters.readQuery("/posts/notes/", request("/posts/notes/"))).isEmpty();
    }

    @Test
    void aSitemapFileIsKeyedAndNamedByTheKeysOfItsRange() {
        assertThat(PageParameters.readQuery("/sitemaps/posts-2.xml", request("/sitemaps/posts-2.xml", "to", "b", "from", "a",
                "utm_medium", "x"))).hasValue("from=a&to=b");
        assertThat(PageParameters.canonicalQuery("/sitemaps/posts-2.xml", request("/sitemaps/posts-2.xml", "to", "b",
                "from", "a"))).isEqualTo("from=a&to=b");
        assertThat(PageParameters.readQuery("/categories/essays/feed.xml", request("/categories/essays/feed.xml", "x", "y")))
                .hasValue("");
        assertThat(PageParameters.readQuery("/robots.txt", request("/robots.txt"))).hasValue("");
    }

    @Test
    void theCanonicalQueryLeavesOutWhatOnlyChangesTheViewAndEveryUnknownParameter() {
        assertThat(PageParameters.canonicalQuery("/posts/notes", request("/posts/notes", "replyTo", "r", "after", "x")))
                .isEqualTo("after=x");
        assertThat(PageParameters.canonicalQuery("/account", request("/account", "tab", "x"))).isEmpty();
    }
}
