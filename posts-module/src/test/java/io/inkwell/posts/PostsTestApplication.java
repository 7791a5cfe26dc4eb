package io.inkwell.posts;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The posts context over the test database. */
@SpringBootApplication
public class PostsTestApplication {
}
