package io.inkwell.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the Content API's errors, from filters, the security chain and the exception resolver alike, so every
 * one has the same shape: {@code application/problem+json} with a sentence saying what to do, never a page.
 */
final class ApiProblems implements AuthenticationEntryPoint {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String KEY_NEEDED = "This API needs a key: send it as \"Authorization: Bearer <key>\" or in the "
            + "Inkwell-Api-Key header. Admins make keys at /admin/api-keys.";

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        // JSON is UTF-8 by definition (RFC 8259), which is what Jackson writes to the stream: no charset parameter.
        response.setContentType(PROBLEM_JSON.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        JSON.writeValue(response.getOutputStream(), new ApiProblem("about:blank", status.getReasonPhrase(), status.value(), detail,
                request.getRequestURI()));
    }

    /** No key at all: what the security chain answers for a request it cannot let in. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"inkwell\"");
        write(request, response, HttpStatus.UNAUTHORIZED, KEY_NEEDED);
    }
}
