package io.inkwell.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The site's name is a setting: every page's {@code <title>} ends with {@code ${#site.title}}, and no template
 * writes "Inkwell" into one (the text inside the tag is only what a browser shows for the raw file).
 */
class TemplateTitlesTest {

    private static final Pattern TITLE = Pattern.compile("<title([^>]*)>");

    @Test
    void everyPageTitleTakesTheSiteTitleFromTheSettings() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = read(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher title = TITLE.matcher(html);
            while (title.find()) {
                String attributes = title.group(1);
                boolean svgTooltip = html.lastIndexOf("<svg", title.start()) > html.lastIndexOf("</svg>", title.start());
                if (!svgTooltip && !attributes.contains("#site.title") && !attributes.contains("th:replace")) {
                    hardCoded.add(template.getFilename() + ": <title" + attributes + ">");
                }
            }
        }
        assertThat(hardCoded).as("titles that do not end with the site's title").isEmpty();
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
