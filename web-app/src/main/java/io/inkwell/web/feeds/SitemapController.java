package io.inkwell.web.feeds;

import io.inkwell.db.OneReadOnlyTransaction;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.site.SiteUrls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sitemap.xml}, the index of the sitemap's files, and the files {@code /sitemaps/{name}-{number}.xml},
 * one set per {@link SitemapSource}. The index costs one statement per source that splits its addresses into
 * files, a file one statement. The number only names a file for people; its keys say what it holds, and the
 * first file of a source is the one without a start key.
 */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Map<String, SitemapSource> sources = new LinkedHashMap<>();
    private final SitemapXml xml;
    private final SiteUrls urls;

    SitemapController(List<SitemapSource> sources, SitemapXml xml, SiteUrls urls) {
        for (SitemapSource source : sources) {
            if (!source.name().matches("[a-z]+") || this.sources.putIfAbsent(source.name(), source) != null) {
                throw new IllegalStateException("A sitemap source needs a unique name of lower-case letters: " + source.name());
            }
        }
        this.xml = xml;
        this.urls = urls;
    }

    @OneReadOnlyTransaction
    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> showIndex() {
        List<String> files = new ArrayList<>();
        for (SitemapSource source : sources.values()) {
            List<String> starts = source.fileStarts();
            for (int i = 0; i < starts.size(); i++) {
                String from = i == 0 ? null : starts.get(i);
                String to = i + 1 < starts.size() ? starts.get(i + 1) : null;
                files.add(fileUrl(source.name(), i + 1, from, to));
            }
        }
        return ResponseEntity.ok().contentType(XML).body(xml.index(files));
    }

    @OneReadOnlyTransaction
    @GetMapping("/sitemaps/{name:[a-z]+}-{number:[1-9][0-9]{0,5}}.xml")
    ResponseEntity<byte[]> showFile(@PathVariable String name, @PathVariable int number,
                                    @RequestParam(name = "from", required = false) String from,
                                    @RequestParam(name = "to", required = false) String to) {
        SitemapSource source = sources.get(name);
        if (source == null || (number == 1) != (from == null)) {
            throw NotFound.page();
        }
        List<SitemapUrl> addresses = source.urls(from, to).orElseThrow(NotFound::page);
        return ResponseEntity.ok().contentType(XML).body(xml.urlSet(addresses));
    }

    private String fileUrl(String name, int number, String from, String to) {
        StringBuilder query = new StringBuilder();
        if (from != null) {
            query.append("?from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        if (to != null) {
            query.append(query.isEmpty() ? "?" : "&").append("to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
        }
        return urls.absolute("/sitemaps/" + name + "-" + number + ".xml") + query;
    }
}
