package io.inkwell.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlTextTest {

    @Test
    void charactersXmlForbidsAreDroppedAndEverythingElseIsKept() {
        assertThat(XmlText.clean("a\u0001b\u0008c\u000Bd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
        assertThat(XmlText.clean("tab\tline\ncr\r\uD7FF\uE000\uFFFD\uD83D\uDE00")).isEqualTo("tab\tline\ncr\r\uD7FF\uE000\uFFFD\uD83D\uDE00");
        assertThat(XmlText.clean("lone \uD83D high, lone \uDE00 low")).isEqualTo("lone  high, lone  low");
        assertThat(XmlText.clean("&<>\"']]>")).as("escaping is the writer's job").isEqualTo("&<>\"']]>");
        assertThat(XmlText.clean(null)).isNull();
    }

    @Test
    void theSafeWriterMakesWellFormedXmlOfAnyText() throws Exception {
        String hostile = "]]> & <script> \u0001\uFFFF\uD800 \uD83D\uDE00";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SafeXmlWriter xml = SafeXmlWriter.document(out, "root", "urn:test")) {
            xml.start("item").attribute("title", hostile).element("text", hostile).end();
        }

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));

        String kept = "]]> & <script>  \uD83D\uDE00";
        assertThat(document.getElementsByTagNameNS("urn:test", "text").item(0).getTextContent()).isEqualTo(kept);
        assertThat(document.getDocumentElement().getFirstChild().getAttributes().getNamedItem("title").getNodeValue())
                .isEqualTo(kept);
    }
}
