package io.inkwell.users;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The users context alone over the test database, with method security on as in the site. */
@SpringBootApplication
@EnableMethodSecurity
public class UsersTestApplication {
}
