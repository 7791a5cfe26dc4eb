package io.inkwell.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

    @Test
    void aSessionCheckThatCannotReachTheDatabaseAnswers503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain sessionCheck = (request, ignored) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLException("Connection is not available, request timed out after 3000ms."));
        };

        filter.doFilter(new MockHttpServletRequest("GET", "/posts/new"), response, sessionCheck);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresStillPropagate() {
        FilterChain broken = (request, ignored) -> {
            throw new IllegalStateException("a bug");
        };

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), broken))
                .isInstanceOf(IllegalStateException.class);
    }
}
