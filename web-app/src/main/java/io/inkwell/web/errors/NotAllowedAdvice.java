package io.inkwell.web.errors;

import io.inkwell.users.NotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A command a service refused to the signed-in person, whichever controller called it: the 403 page. */
@ControllerAdvice
class NotAllowedAdvice {

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
