package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export file as a stream with StAX, one item at a time: however large the file, only the item being
 * read (with its comments) is in memory. The parser reads no DTD and resolves no external entity, and a file that
 * declares a document type at all is refused at once: WordPress never writes one, and the attacks on XML readers
 * (external entities that read the server's files, entities that expand a billion times) all need one.
 *
 * <p>Elements are matched by namespace and local name: WordPress writes {@code wp} and {@code excerpt} under
 * {@code http://wordpress.org/export/1.N/} (1.0 to 1.2 so far), {@code content} and {@code dc} under their RSS
 * namespaces. Unknown elements are skipped.
 */
final class WxrReader {

    /** Longer texts are cut here while reading; a post over the posts' limit is refused later with its reason. */
    static final int TEXT_MAX = 2_000_000;

    private static final Pattern WP = Pattern.compile("http://wordpress\\.org/export/1\\.\\d+/");
    private static final Pattern EXCERPT = Pattern.compile("http://wordpress\\.org/export/1\\.\\d+/excerpt/");
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private WxrReader() {
    }

    /** Reads the whole file, handing each part to {@code handler}; a bad file is a {@link BadImportFileException}. */
    static void read(Path file, Wxr.Handler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                readDocument(xml, handler);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadImportFileException(describe(e), e);
        } catch (IOException e) {
            throw new BadImportFileException(Refusal.of("refused.import.uploadUnreadable",
                    "The uploaded file could not be read: {0}", String.valueOf(e.getMessage())), e);
        }
    }

    /** The JDK's own StAX parser (not whichever a library brings), with DTDs and external entities off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static void readDocument(XMLStreamReader xml, Wxr.Handler handler) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new BadImportFileException(Refusal.of("refused.import.dtd", "The file declares a document type (DTD). "
                        + "WordPress exports never do, and a DTD is how files attack XML readers, so this file is refused."));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"rss".equals(xml.getLocalName())) {
                    throw new BadImportFileException(Refusal.of("refused.import.notRss", "This is not a WordPress export "
                            + "file: it is XML, but it starts with <{0}> rather than <rss>.", xml.getLocalName()));
                }
                readRss(xml, handler);
                return;
            }
        }
        throw new BadImportFileException(Refusal.of("refused.import.noElement",
                "This is not a WordPress export file: it holds no XML element."));
    }

    private static void readRss(XMLStreamReader xml, Wxr.Handler handler) throws XMLStreamException {
        boolean sawChannel = false;
        while (nextChild(xml)) {
            if ("channel".equals(xml.getLocalName()) && namespace(xml).isEmpty()) {
                readChannel(xml, handler);
                sawChannel = true;
            } else {
                skip(xml);
            }
        }
        if (!sawChannel) {
            throw new BadImportFileException(Refusal.of("refused.import.noChannel",
                    "This is not a WordPress export file: its <rss> holds no <channel>."));
        }
    }

    private static void readChannel(XMLStreamReader xml, Wxr.Handler handler) throws XMLStreamException {
        String title = null;
        String link = null;
        String baseSiteUrl = null;
        String language = null;
        boolean wxr = false;
        boolean announced = false;
        while (nextChild(xml)) {
            String name = xml.getLocalName();
            String namespace = namespace(xml);
            if (namespace.isEmpty() && name.equals("title")) {
                title = text(xml);
            } else if (namespace.isEmpty() && name.equals("link")) {
                link = text(xml);
            } else if (namespace.isEmpty() && name.equals("language")) {
                language = text(xml);
            } else if (isWp(namespace) && name.equals("wxr_version")) {
                text(xml);
                wxr = true;
            } else if (isWp(namespace) && name.equals("base_site_url")) {
                baseSiteUrl = text(xml);
            } else if (isWp(namespace) && name.equals("author")) {
                announced = announce(handler, wxr, announced, new Wxr.Channel(title, link, baseSiteUrl, language));
                handler.author(readAuthor(xml));
            } else if (isWp(namespace) && name.equals("category")) {
                announced = announce(handler, wxr, announced, new Wxr.Channel(title, link, baseSiteUrl, language));
                handler.category(readCategory(xml));
            } else if (isWp(namespace) && name.equals("tag")) {
                announced = announce(handler, wxr, announced, new Wxr.Channel(title, link, baseSiteUrl, language));
                handler.tag(readTag(xml));
            } else if (namespace.isEmpty() && name.equals("item")) {
                announced = announce(handler, wxr, announced, new Wxr.Channel(title, link, baseSiteUrl, language));
                handler.item(readItem(xml));
            } else {
                skip(xml);
            }
        }
        announce(handler, wxr, announced, new Wxr.Channel(title, link, baseSiteUrl, language));
    }

    /** The channel's facts come before its entries in every WordPress export; without a WXR version it is another feed. */
    private static boolean announce(Wxr.Handler handler, boolean wxr, boolean announced, Wxr.Channel channel) {
        if (announced) {
            return true;
        }
        if (!wxr) {
            throw new BadImportFileException(Refusal.of("refused.import.notWxr", "This is not a WordPress export file: it "
                    + "is an RSS feed without <wp:wxr_version>. Export the site with WordPress's Tools → Export → All content."));
        }
        handler.channel(channel);
        return true;
    }

    private static Wxr.Author readAuthor(XMLStreamReader xml) throws XMLStreamException {
        String id = null;
        String login = null;
        String email = null;
        String displayName = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "author_id" -> id = text(xml);
                case "author_login" -> login = text(xml);
                case "author_email" -> email = text(xml);
                case "author_display_name" -> displayName = text(xml);
                default -> skip(xml);
            }
        }
        return new Wxr.Author(id, login, email, displayName);
    }

    private static Wxr.Category readCategory(XMLStreamReader xml) throws XMLStreamException {
        String nicename = null;
        String parent = null;
        String name = null;
        String description = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "category_nicename" -> nicename = text(xml);
                case "category_parent" -> parent = text(xml);
                case "cat_name" -> name = text(xml);
                case "category_description" -> description = text(xml);
                default -> skip(xml);
            }
        }
        return new Wxr.Category(nicename, parent, name, description);
    }

    private static Wxr.Tag readTag(XMLStreamReader xml) throws XMLStreamException {
        String nicename = null;
        String name = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "tag_slug" -> nicename = text(xml);
                case "tag_name" -> name = text(xml);
                default -> skip(xml);
            }
        }
        return new Wxr.Tag(nicename, name);
    }

    private static Wxr.Item readItem(XMLStreamReader xml) throws XMLStreamException {
        long id = 0;
        String title = null;
        String link = null;
        String creator = null;
        String content = null;
        String excerpt = null;
        String date = null;
        String dateGmt = null;
        String modifiedGmt = null;
        String postName = null;
        String status = null;
        String type = null;
        long parent = 0;
        String attachmentUrl = null;
        Long thumbnailId = null;
        List<Wxr.Term> terms = new ArrayList<>();
        List<Wxr.Comment> comments = new ArrayList<>();
        while (nextChild(xml)) {
            String name = xml.getLocalName();
            String namespace = namespace(xml);
            if (namespace.isEmpty()) {
                switch (name) {
                    case "title" -> title = text(xml);
                    case "link" -> link = text(xml);
                    case "category" -> terms.add(new Wxr.Term(xml.getAttributeValue(null, "domain"),
                            xml.getAttributeValue(null, "nicename"), text(xml)));
                    default -> skip(xml);
                }
            } else if (namespace.equals(DC) && name.equals("creator")) {
                creator = text(xml);
            } else if (namespace.equals(CONTENT) && name.equals("encoded")) {
                content = text(xml);
            } else if (EXCERPT.matcher(namespace).matches() && name.equals("encoded")) {
                excerpt = text(xml);
            } else if (isWp(namespace)) {
                switch (name) {
                    case "post_id" -> id = number(xml, text(xml));
                    case "post_date" -> date = text(xml);
                    case "post_date_gmt" -> dateGmt = text(xml);
                    case "post_modified_gmt" -> modifiedGmt = text(xml);
                    case "post_name" -> postName = text(xml);
                    case "status" -> status = text(xml);
                    case "post_type" -> type = text(xml);
                    case "post_parent" -> parent = number(xml, text(xml));
                    case "attachment_url" -> attachmentUrl = text(xml);
                    case "postmeta" -> thumbnailId = readThumbnail(xml, thumbnailId);
                    case "comment" -> comments.add(readComment(xml));
                    default -> skip(xml);
                }
            } else {
                skip(xml);
            }
        }
        return new Wxr.Item(id, title, link, creator, content, excerpt, date, dateGmt, modifiedGmt, postName, status, type,
                parent, attachmentUrl, thumbnailId, List.copyOf(terms), List.copyOf(comments));
    }

    /** Only the featured image's meta is read; every other meta entry is WordPress's or a plugin's. */
    private static Long readThumbnail(XMLStreamReader xml, Long current) throws XMLStreamException {
        String key = null;
        String value = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "meta_key" -> key = text(xml);
                case "meta_value" -> value = text(xml);
                default -> skip(xml);
            }
        }
        if ("_thumbnail_id".equals(key) && value != null && value.strip().matches("\\d{1,18}")) {
            return Long.valueOf(value.strip());
        }
        return current;
    }

    private static Wxr.Comment readComment(XMLStreamReader xml) throws XMLStreamException {
        long id = 0;
        String author = null;
        String email = null;
        String date = null;
        String dateGmt = null;
        String content = null;
        String approved = null;
        String type = null;
        long parent = 0;
        long userId = 0;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "comment_id" -> id = number(xml, text(xml));
                case "comment_author" -> author = text(xml);
                case "comment_author_email" -> email = text(xml);
                case "comment_date" -> date = text(xml);
                case "comment_date_gmt" -> dateGmt = text(xml);
                case "comment_content" -> content = text(xml);
                case "comment_approved" -> approved = text(xml);
                case "comment_type" -> type = text(xml);
                case "comment_parent" -> parent = number(xml, text(xml));
                case "comment_user_id" -> userId = number(xml, text(xml));
                default -> skip(xml);
            }
        }
        return new Wxr.Comment(id, author, email, date, dateGmt, content, approved, type, parent, userId);
    }

    /** Moves to the next child element of the current one; false at its end tag. */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("The document ended inside an element", xml.getLocation());
    }

    /** The text of the current element (CDATA and entities joined), cut at {@link #TEXT_MAX}; child elements are skipped. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1 && text.length() < TEXT_MAX) {
                        int room = TEXT_MAX - text.length();
                        int length = Math.min(room, xml.getTextLength());
                        text.append(xml.getTextCharacters(), xml.getTextStart(), length);
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new BadImportFileException(Refusal.of(
                        "refused.import.undeclaredEntity",
                        "The file uses the entity &{0}; that it never declares; it is not a file WordPress wrote.",
                        xml.getLocalName()));
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The document ended inside an element",
                        xml.getLocation());
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static long number(XMLStreamReader xml, String text) throws XMLStreamException {
        String digits = text.strip();
        if (digits.isEmpty()) {
            return 0;
        }
        if (!digits.matches("\\d{1,18}")) {
            throw new XMLStreamException("\"" + digits + "\" is not an id", xml.getLocation());
        }
        return Long.parseLong(digits);
    }

    private static String namespace(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    private static boolean isWp(String namespace) {
        return WP.matcher(namespace).matches();
    }

    /**
     * A person's reading of the parser's complaint, with the line of the file it is on (0 when the parser does not
     * say, and the words leave the line out). The parser's own words stay in English: they name XML's rules.
     */
    static Refusal describe(XMLStreamException e) {
        Location where = e.getLocation();
        int line = where == null || where.getLineNumber() < 0 ? 0 : where.getLineNumber();
        String problem = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        if (problem.contains("ended inside an element") || problem.contains("must start and end within the same entity")
                || problem.contains("Premature end of file") || problem.contains("XML document structures must")) {
            return Refusal.of("refused.import.cutOff", "The file ends in the middle{0,choice,0#|1# (line {0,number,0})}: "
                    + "it was cut off, perhaps while uploading or exporting. Export the site again and upload the whole file. "
                    + "Nothing was imported.", line);
        }
        if (problem.contains("was referenced, but not declared") || problem.contains("entity")) {
            return Refusal.of("refused.import.undeclaredEntities", "The file uses entities it does not declare"
                    + "{0,choice,0#|1# (line {0,number,0})}; WordPress never writes such files. Nothing was imported.", line);
        }
        return Refusal.of("refused.import.notWellFormed", "This is not a WordPress export file: it is not well-formed XML"
                + "{0,choice,0#|1# (line {0,number,0})} ({1}). Nothing was imported.", line, problem.strip());
    }
}
