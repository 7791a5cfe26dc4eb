package io.inkwell.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Text written to a UTF-8 answer arrives as its UTF-8 bytes, whole characters only; other charsets are left alone. */
class Utf8ResponseFilterTest {

    private static final String TEXT = "Café · naïve “quotes” 😀 end";

    @Test
    void aUtf8AnswerGetsTheTextsUtf8Bytes() throws Exception {
        MockHttpServletResponse response = respond("text/html;charset=UTF-8", writer -> {
            writer.write(TEXT);
            writer.print('!');
        });

        assertThat(response.getContentAsByteArray()).isEqualTo((TEXT + "!").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCharacterWrittenInTwoHalvesIsEncodedWhole() throws Exception {
        String smile = "😀";
        MockHttpServletResponse response = respond("text/html;charset=UTF-8", writer -> {
            writer.write("a" + smile.charAt(0));
            writer.write(smile.charAt(1) + "b");
        });

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("a" + smile + "b");
    }

    @Test
    void anAnswerInAnotherCharsetKeepsTheContainersWriter() throws Exception {
        MockHttpServletResponse response = respond("text/plain;charset=ISO-8859-1", writer -> writer.write("Café"));

        assertThat(response.getContentAsByteArray()).isEqualTo("Café".getBytes(StandardCharsets.ISO_8859_1));
    }

    private interface Writing {
        void to(PrintWriter writer) throws Exception;
    }

    private static MockHttpServletResponse respond(String contentType, Writing writing) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<Exception> failure = new AtomicReference<>();
        new Utf8ResponseFilter().doFilter(new MockHttpServletRequest("GET", "/"), response, (request, answer) -> {
            answer.setContentType(contentType);
            try {
                PrintWriter writer = ((HttpServletResponse) answer).getWriter();
                writing.to(writer);
                writer.flush();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return response;
    }
}
