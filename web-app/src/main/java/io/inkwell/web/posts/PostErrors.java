package io.inkwell.web.posts;

import io.inkwell.posts.CategoryNotFoundException;
import io.inkwell.posts.PostNotFoundException;
import io.inkwell.posts.RevisionNotFoundException;
import io.inkwell.posts.TagNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The posts context's missing posts, revisions, categories and tags as the site's 404 page (refusals are NotAllowedAdvice's). */
@ControllerAdvice
class PostErrors {

    @ExceptionHandler({PostNotFoundException.class, CategoryNotFoundException.class, TagNotFoundException.class,
        RevisionNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
