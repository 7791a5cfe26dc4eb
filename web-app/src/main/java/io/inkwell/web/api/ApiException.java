package io.inkwell.web.api;

import org.springframework.http.HttpStatus;

/** What an API controller refuses, with the status and the sentence the problem's {@code detail} carries. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    HttpStatus status() {
        return status;
    }
}
