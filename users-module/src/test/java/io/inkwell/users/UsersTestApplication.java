package io.inkwell.users;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The users context alone over the test database. */
@SpringBootApplication
public class UsersTestApplication {
}
