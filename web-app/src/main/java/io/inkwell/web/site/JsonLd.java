package io.inkwell.web.site;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data (schema.org JSON-LD) as a page's {@code <script type="application/ld+json">} can hold it,
 * written by Jackson. Whatever text a post carries, the JSON cannot end the script element early: {@code <},
 * {@code >} and {@code &} are written as JSON's unicode escapes (backslash, u, 003C and so on), so no
 * {@code </script>} nor {@code <!--} appears, and U+2028 and U+2029 are escaped too (JavaScript before ES2019
 * took them for line ends). The escapes are plain JSON: every reader decodes them back to the same text.
 *
 * <p>The site's Content-Security-Policy ({@code script-src 'self'}, no inline scripts) does not refuse this
 * block: a script element whose type is not JavaScript is a data block, which browsers neither run nor check
 * against {@code script-src}. Search engines and validators read it as data.
 */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new ScriptSafeEscapes()).build()).build();

    private JsonLd() {
    }

    /** {@code value} (records, lists, strings) as JSON that is safe between script tags. */
    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_CUSTOM;
            ASCII['>'] = ESCAPE_CUSTOM;
            ASCII['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return switch (c) {
                case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04X", c));
                default -> null;
            };
        }
    }
}
