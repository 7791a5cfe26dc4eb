package io.inkwell.web.support;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's cookies for MockMvc: sessions live in PostgreSQL (Spring Session) and are found by the
 * {@code SESSION} cookie, so a test carries cookies from answer to request as a browser does.
 *
 * <pre>{@code
 * CookieJar browser = new CookieJar();
 * browser.keep(mvc.perform(TestAccounts.logIn("ada@example.com", PASSWORD).with(browser)));
 * mvc.perform(get("/account").with(browser));
 * }</pre>
 */
public final class CookieJar implements RequestPostProcessor {

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    /** Takes the cookies an answer sets (a cookie set to expire is dropped) and returns the answer. */
    public ResultActions keep(ResultActions answer) {
        keep(answer.andReturn());
        return answer;
    }

    public MvcResult keep(MvcResult answer) {
        for (Cookie cookie : answer.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return answer;
    }

    public boolean has(String name) {
        return cookies.containsKey(name);
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (!cookies.isEmpty()) {
            request.setCookies(cookies.values().stream().map(cookie -> new Cookie(cookie.getName(), cookie.getValue()))
                    .toArray(Cookie[]::new));
        }
        return request;
    }
}
