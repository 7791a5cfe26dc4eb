package io.inkwell.web.templates;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes UTF-8 text answers (the rendered pages) as bytes encoded by {@link String#getBytes}, not through the
 * container's writer. Tomcat's writer encodes through the JDK's {@code CharsetEncoder}, which leaves its fast ASCII
 * path at the first non-ASCII character of each 8 KB chunk (a `·` in every card, any accented title) and was about
 * a tenth of the site's CPU on a rendered listing. Answers in another charset keep the container's writer. A bean
 * without an order: Boot registers it last, inside the security and session filters, for every request.
 */
@Component
public final class Utf8ResponseFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Utf8Response(response));
    }

    private static final class Utf8Response extends HttpServletResponseWrapper {

        private PrintWriter writer;

        Utf8Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer != null) {
                return writer;
            }
            if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
                return super.getWriter();
            }
            writer = new PrintWriter(new Utf8BytesWriter(getOutputStream()), false);
            return writer;
        }
    }

    /**
     * Each write encoded at once into the stream: Thymeleaf hands over a whole page in one. A high surrogate that ends
     * a write waits for the low one that begins the next, so a character is never cut in two.
     */
    private static final class Utf8BytesWriter extends Writer {

        private final ServletOutputStream out;
        private String pendingHighSurrogate = "";

        Utf8BytesWriter(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            encode(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            encode(new String(chars, offset, length));
        }

        private void encode(String text) throws IOException {
            String whole = pendingHighSurrogate.isEmpty() ? text : pendingHighSurrogate + text;
            int end = whole.length();
            if (end > 0 && Character.isHighSurrogate(whole.charAt(end - 1))) {
                pendingHighSurrogate = whole.substring(end - 1);
                whole = whole.substring(0, end - 1);
            } else {
                pendingHighSurrogate = "";
            }
            out.write(whole.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!pendingHighSurrogate.isEmpty()) {
                out.write(pendingHighSurrogate.getBytes(StandardCharsets.UTF_8));
                pendingHighSurrogate = "";
            }
            out.close();
        }
    }
}
