package io.inkwell.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot context over the test database: DataSource, Flyway, MyBatis, PageHelper. */
@SpringBootApplication
public class DbTestApplication {
}
