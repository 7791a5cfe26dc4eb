package io.inkwell.comments;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The comments context alone over the test database. */
@SpringBootApplication
public class CommentsTestApplication {
}
